package main

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// monitor watches the milter process during a run: CPU at start and end,
// and RSS sampled every 100 ms (VmHWM is the peak since the process began,
// the sampled peak is the peak during this run).
type monitor struct {
	pid        int
	metricsURL string
	first      procSample
	mu         sync.Mutex
	peakRSSKB  int64
}

func newMonitor(pid int, metricsURL string) *monitor {
	return &monitor{pid: pid, metricsURL: metricsURL}
}

func (m *monitor) start() error {
	if m.pid == 0 {
		return nil
	}
	s, err := readProc(m.pid)
	m.first, m.peakRSSKB = s, s.RSSKB
	return err
}

// run samples until the returned function is called. With every > 0 it also
// prints one line per interval (for soak runs).
func (m *monitor) run(every time.Duration, out io.Writer) (stop func()) {
	if m.pid == 0 {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		began, lastPrint := time.Now(), time.Now()
		if every > 0 {
			fmt.Fprintln(out, "sample  elapsed  cpu_s  rss_mb  hwm_mb  fds  threads  goroutines  anon_mb  file_mb  heap_inuse_mb")
			m.printSample(out, 0)
		}
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			s, err := readProc(m.pid)
			if err != nil {
				continue
			}
			m.mu.Lock()
			m.peakRSSKB = max(m.peakRSSKB, s.RSSKB)
			m.mu.Unlock()
			if every > 0 && time.Since(lastPrint) >= every {
				lastPrint = time.Now()
				m.printSample(out, time.Since(began))
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

func (m *monitor) printSample(out io.Writer, elapsed time.Duration) {
	s, err := readProc(m.pid)
	if err != nil {
		return
	}
	g, heap := m.runtimeMetrics()
	fmt.Fprintf(out, "sample  %6.0fs  %6.2f  %6.1f  %6.1f  %4d  %7d  %10s  %7.1f  %7.1f  %13s\n", elapsed.Seconds(), s.CPU,
		float64(s.RSSKB)/1024, float64(s.HWMKB)/1024, s.FDs, s.Threads, g, float64(s.AnonKB)/1024, float64(s.FileKB)/1024, heap)
}

// runtimeMetrics reads go_goroutines and go_memstats_heap_inuse_bytes (MB)
// from the milter's Prometheus endpoint ("-" when unknown).
func (m *monitor) runtimeMetrics() (goroutines, heapMB string) {
	goroutines, heapMB = "-", "-"
	if m.metricsURL == "" {
		return
	}
	c := http.Client{Timeout: 2 * time.Second}
	resp, err := c.Get(m.metricsURL)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		name, v, ok := strings.Cut(sc.Text(), " ")
		n, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if !ok || err != nil {
			continue
		}
		switch name {
		case "go_goroutines":
			goroutines = strconv.Itoa(int(n))
		case "go_memstats_heap_inuse_bytes":
			heapMB = strconv.FormatFloat(n/(1<<20), 'f', 1, 64)
		}
	}
	return
}

// end returns the CPU seconds used during the run, the sampled peak RSS and VmHWM.
func (m *monitor) end() (cpu float64, peakKB, hwmKB int64, err error) {
	if m.pid == 0 {
		return 0, 0, 0, nil
	}
	s, err := readProc(m.pid)
	if err != nil {
		return 0, 0, 0, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return s.CPU - m.first.CPU, max(m.peakRSSKB, s.RSSKB), s.HWMKB, nil
}
