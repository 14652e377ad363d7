package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/d--j/go-milter/mailfilter"
)

func TestPrepare(t *testing.T) {
	tests := []struct {
		name, raw, from, rcpt string
		flagFrom, flagRcpt    string
		wantData              string
	}{
		{name: "return-path and delivered-to", raw: "Return-Path: <a@x.test>\nDelivered-To: b@y.test\nTo: c@z.test\nSubject: s\n\nbody\n",
			from: "a@x.test", rcpt: "b@y.test", wantData: "To: c@z.test\r\nSubject: s\r\n\r\nbody\r\n"},
		{name: "to when no delivered-to", raw: "Return-Path: <a@x.test>\r\nTo: C <c@z.test>\r\n\r\nb\r\n",
			from: "a@x.test", rcpt: "c@z.test", wantData: "To: C <c@z.test>\r\n\r\nb\r\n"},
		{name: "flags win", raw: "Return-Path: <a@x.test>\r\nDelivered-To: b@y.test\r\n  folded\r\nX: 1\r\n\r\nb\r\n", flagFrom: "f@f.test", flagRcpt: "r@r.test",
			from: "f@f.test", rcpt: "r@r.test", wantData: "X: 1\r\n\r\nb\r\n"},
		{name: "no headers", raw: "Subject: x\r\n\r\n", from: "sender@bench.invalid", rcpt: "rcpt@bench.invalid", wantData: "Subject: x\r\n\r\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := prepare("f", []byte(tc.raw), loadOptions{from: tc.flagFrom, rcpt: tc.flagRcpt})
			if m.env.MailFrom != tc.from || len(m.env.Recipients) != 1 || m.env.Recipients[0] != tc.rcpt {
				t.Errorf("prepare(%s) envelope = %+v, want %s -> %s", tc.name, m.env, tc.from, tc.rcpt)
			}
			if string(m.data) != tc.wantData {
				t.Errorf("prepare(%s) data = %q, want %q", tc.name, m.data, tc.wantData)
			}
		})
	}
}

func TestQuantile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 1000; i++ {
		d = append(d, time.Duration(i))
	}
	for _, tc := range []struct {
		q    float64
		want time.Duration
	}{{0.5, 500}, {0.99, 990}, {0.999, 999}, {1, 1000}} {
		if got := quantile(d, tc.q); got != tc.want {
			t.Errorf("quantile(1..1000, %v) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestCPUSeconds(t *testing.T) {
	stat := []byte("42 (a b) c) S 1 42 42 0 -1 4194560 100 0 0 0 250 130 0 0 20 0 9 0 1 2 3")
	got, err := cpuSeconds(stat)
	if err != nil || got != 3.8 {
		t.Errorf("cpuSeconds = %v, %v; want 3.8", got, err)
	}
	self, err := readProc(os.Getpid())
	if err != nil || self.RSSKB <= 0 || self.HWMKB < self.RSSKB || self.FDs <= 0 {
		t.Errorf("readProc(self) = %+v, %v", self, err)
	}
}

func TestListenAddr(t *testing.T) {
	line := `time=2025-01-01T00:00:00Z level=INFO msg="milter listening" addr=127.0.0.1:4321 network=tcp`
	if got := listenAddr(line); got != "127.0.0.1:4321" {
		t.Errorf("listenAddr = %q", got)
	}
	if got := listenAddr(`level=INFO msg="http listening" addr=127.0.0.1:1`); got != "" {
		t.Errorf("listenAddr(http line) = %q, want empty", got)
	}
}

func TestGenerateDeterministicAndMixed(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if _, err := generate(genFlags{n: 300, out: dir, seed: 3, anomalous: 0.02}); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(a, "*.eml"))
	if len(files) != 300 {
		t.Fatalf("generate wrote %d files, want 300", len(files))
	}
	total := 0
	kinds := map[string]int{}
	for _, f := range files {
		x, _ := os.ReadFile(f)
		y, _ := os.ReadFile(filepath.Join(b, filepath.Base(f)))
		if !bytes.Equal(x, y) {
			t.Fatalf("%s differs between two runs with the same seed", filepath.Base(f))
		}
		total += len(x)
		for _, k := range []string{"multipart/alternative", "base64", "application/pdf", "text/plain; charset"} {
			if bytes.Contains(x, []byte(k)) {
				kinds[k]++
			}
		}
	}
	if mean := total / len(files) / 1024; mean < 8 || mean > 18 {
		t.Errorf("mean size %d KB, want 8-18", mean)
	}
	if len(kinds) != 4 {
		t.Errorf("kinds seen = %v, want all four", kinds)
	}
}

// TestDriveNull runs the whole driver against an in-process null milter.
func TestDriveNull(t *testing.T) {
	dir := t.TempDir()
	if _, err := generate(genFlags{n: 40, out: dir, seed: 1}); err != nil {
		t.Fatal(err)
	}
	mf, err := mailfilter.New("tcp", "127.0.0.1:0", nullDecide, mailfilter.WithDecisionAt(mailfilter.DecisionAtEndOfMessage))
	if err != nil {
		t.Fatal(err)
	}
	defer mf.Close()
	msgs, err := loadDir(dir, loadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	f := runFlags{addr: mf.Addr().String(), sessions: 3, perSession: 7, n: 100, pid: os.Getpid(), label: "null"}
	r, err := drive(context.Background(), f, msgs, dialMilter(f.addr), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if r.Messages != 100 || r.Errors != 0 || r.Verdicts["accept"] != 100 || r.P99ms <= 0 || r.HWMMB <= 0 {
		t.Errorf("drive = %+v, want 100 accepted messages and process figures", r)
	}
	if mf.MilterCount() < 15 {
		t.Errorf("sessions opened = %d, want >= 15 (reconnect every 7 messages)", mf.MilterCount())
	}
}
