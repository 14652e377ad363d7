package baseline_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/baseline/baselinetest"
)

func TestConcurrentReadersAndWriter(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{FlushInterval: 2 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	var run sync.WaitGroup
	run.Add(1)
	go func() { defer run.Done(); s.Run(ctx) }()
	const writes = 2000
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < writes; i++ {
			s.Observe(inbound(t0.Add(time.Duration(i)*time.Second), "a@x.test",
				[]string{fmt.Sprintf("r%d@corp.test", i%7)}, "l.test", fmt.Sprintf("d%d.test", i%13)))
		}
	}()
	errs := make(chan error, 4)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last := 0
			for i := 0; i < 300; i++ {
				f, err := s.Lookup(query(t0.Add(writes*time.Second), "a@x.test", []string{"r1@corp.test"}, "l.test"))
				if err != nil {
					errs <- err
					return
				}
				// Monotonic: a flush must neither hide nor double-count data.
				n := f.Domains["l.test"].Messages
				if n < last || n > writes {
					errs <- fmt.Errorf("domain messages went %d -> %d", last, n)
					return
				}
				last = n
			}
		}()
	}
	wg.Wait()
	cancel()
	run.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	f := lookup(t, s, query(t0.Add(writes*time.Second), "a@x.test", nil, "l.test"))
	if got := f.Domains["l.test"].Messages; got != writes {
		t.Errorf("after all writes: messages = %d, want %d", got, writes)
	}
}

// The child process learns and flushes in a loop, printing how many
// messages each committed flush covered; the parent SIGKILLs it at a random
// moment and checks the reopened DB.
func TestKillDuringFlush(t *testing.T) {
	if os.Getenv("BASELINE_KILL_CHILD") != "" {
		killChild(os.Getenv("BASELINE_KILL_CHILD"))
		return
	}
	if testing.Short() {
		t.Skip("subprocess test")
	}
	for round := 0; round < 3; round++ {
		path := filepath.Join(t.TempDir(), "kill.db")
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringFlush$")
		cmd.Env = append(os.Environ(), "BASELINE_KILL_CHILD="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		var committed, observed int
		for sc.Scan() && committed < 20000+round*7000 {
			fmt.Sscanf(sc.Text(), "committed %d observed %d", &committed, &observed)
		}
		time.Sleep(time.Duration(round*3) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		for sc.Scan() {
			fmt.Sscanf(sc.Text(), "committed %d observed %d", &committed, &observed)
		}
		cmd.Wait()
		got := checkReopened(t, path)
		if got < committed || got > observed+1000 {
			t.Errorf("round %d: reopened DB has %d messages; child reported %d committed, %d observed", round, got, committed, observed)
		}
	}
}

func killChild(path string) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		panic(err)
	}
	s, err := baseline.New(db, baseline.Options{})
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(os.Stdout)
	for n := 0; ; {
		for i := 0; i < 1000; i++ {
			n++
			s.Observe(inbound(t0, "a@x.test",
				[]string{"r" + strconv.Itoa(n%50) + "@corp.test"}, "l.test", "d"+strconv.Itoa(n)+".test"))
		}
		fmt.Fprintf(w, "committed %d observed %d\n", n-1000, n) // before the flush
		w.Flush()
		if err := s.Flush(); err != nil {
			panic(err)
		}
		fmt.Fprintf(w, "committed %d observed %d\n", n, n)
		w.Flush()
	}
}

func checkReopened(t *testing.T, path string) int {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatalf("bbolt check after kill: %v", err)
	}
	s, err := baseline.New(db, baseline.Options{})
	if err != nil {
		t.Fatalf("New after kill: %v", err)
	}
	f := lookup(t, s, query(t0, "a@x.test", nil, "l.test"))
	if f.Sender.Messages != f.Domains["l.test"].Messages {
		t.Errorf("torn flush: sender %d messages, domain %d", f.Sender.Messages, f.Domains["l.test"].Messages)
	}
	return f.Domains["l.test"].Messages
}

func TestPrune(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{Retention: 30 * 24 * time.Hour, PruneBatch: 3})
	s.Observe(inbound(t0, "old@x.test", []string{"b@corp.test"}, "old.test"))
	s.Observe(inbound(t0.Add(40*24*time.Hour), "new@y.test", []string{"b@corp.test"}, "new.test"))
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	removed, err := s.Prune(t0.Add(45 * 24 * time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	// old sender, its domain, old.test as domain and host, pair, sender link,
	// sender-domain link, recipient link: 8 keys.
	if removed != 8 {
		t.Errorf("Prune removed %d keys, want 8", removed)
	}
	f := lookup(t, s, query(t0.Add(45*24*time.Hour), "old@x.test", []string{"b@corp.test"}, "old.test", "new.test"))
	if f.Sender.Seen() || f.Domains["old.test"].Seen() || f.Recipients["b@corp.test"].Pair.Seen() {
		t.Errorf("old entries survived pruning: %+v", f)
	}
	if !f.Domains["new.test"].Seen() || !f.Recipients["b@corp.test"].Recipient.Seen() {
		t.Errorf("recent entries pruned: %+v", f)
	}
	if k := f.Recipients["b@corp.test"].Known; len(k) != 2 || k[0] == "old.test" || k[1] == "old.test" {
		t.Errorf("known after prune = %v, want new.test and y.test", k)
	}
}

// Two simulated years of mail with ever-new senders and links: with a
// 60-day retention and daily pruning the file stops growing.
func TestPruneKeepsSizeFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	db := baselinetest.DB(t)
	db.NoSync = true
	s, err := baseline.New(db, baseline.Options{Retention: 60 * 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	size := func() int64 {
		st, err := os.Stat(db.Path())
		if err != nil {
			t.Fatal(err)
		}
		return st.Size()
	}
	var atYear1 int64
	for day := 0; day < 730; day++ {
		now := t0.Add(time.Duration(day) * 24 * time.Hour)
		for m := 0; m < 40; m++ {
			id := day*40 + m
			s.Observe(inbound(now.Add(time.Duration(m)*time.Minute), fmt.Sprintf("s%d@d%d.test", id, id%997),
				[]string{fmt.Sprintf("r%d@corp.test", m%30)}, fmt.Sprintf("l%d.test", id), "common.test"))
		}
		if err := s.Flush(); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Prune(now); err != nil {
			t.Fatal(err)
		}
		if day == 364 {
			atYear1 = size()
		}
	}
	atYear2 := size()
	t.Logf("DB size after 1 year %d bytes, after 2 years %d bytes", atYear1, atYear2)
	if atYear2 > atYear1+atYear1/10 {
		t.Errorf("DB grew from %d to %d bytes in the second year", atYear1, atYear2)
	}
}

func TestBackupAndCompact(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{})
	for i := 0; i < 500; i++ {
		s.Observe(inbound(t0, fmt.Sprintf("s%d@x.test", i), []string{"b@corp.test"}, fmt.Sprintf("l%d.test", i)))
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var buf bytes.Buffer
	n, err := s.Backup(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("Backup = %d, %v (buffer %d)", n, err, buf.Len())
	}
	src := filepath.Join(dir, "backup.db")
	if err := os.WriteFile(src, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, "compact.db")
	if err := baseline.Compact(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := baseline.Compact(dst, src); err == nil {
		t.Error("Compact onto an existing file succeeded")
	}
	for _, p := range []string{src, dst} {
		db, err := bolt.Open(p, 0o600, &bolt.Options{Timeout: time.Second})
		if err != nil {
			t.Fatal(err)
		}
		s2, err := baseline.New(db, baseline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if f := lookup(t, s2, query(t0, "s7@x.test", []string{"b@corp.test"}, "l7.test")); f.Domains["l7.test"].Messages != 1 || f.Recipients["b@corp.test"].Recipient.Messages != 500 {
			t.Errorf("%s: facts = %+v", filepath.Base(p), f)
		}
		db.Close()
	}
}
