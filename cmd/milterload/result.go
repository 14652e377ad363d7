package main

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"
)

// result is one run's figures; it is also the JSON line format.
type result struct {
	Label      string         `json:"label"`
	Messages   int            `json:"messages"`
	Errors     int            `json:"errors"`
	FirstError string         `json:"first_error,omitempty"`
	Sessions   int            `json:"sessions"`
	Seconds    float64        `json:"seconds"`
	MsgPerSec  float64        `json:"msg_per_s"`
	MeanKB     float64        `json:"mean_kb"`
	P50ms      float64        `json:"p50_ms"`
	P99ms      float64        `json:"p99_ms"`
	P999ms     float64        `json:"p999_ms"`
	MaxMs      float64        `json:"max_ms"`
	CPUs       float64        `json:"cpu_s,omitempty"`
	CPUmsMsg   float64        `json:"cpu_ms_per_msg,omitempty"`
	PeakRSSMB  float64        `json:"peak_rss_mb,omitempty"` // sampled during this run
	HWMMB      float64        `json:"vmhwm_mb,omitempty"`    // peak since the process started
	Verdicts   map[string]int `json:"verdicts"`
}

func summarise(f runFlags, mon *monitor, stats []workerStats, elapsed time.Duration) (*result, error) {
	r := &result{Label: f.label, Sessions: f.sessions, Seconds: elapsed.Seconds(), Verdicts: map[string]int{}}
	if r.Label == "" {
		r.Label = f.addr
	}
	var lat []time.Duration
	var bytes int64
	for _, ws := range stats {
		lat = append(lat, ws.latencies...)
		bytes += ws.bytes
		r.Errors += ws.errors
		if ws.firstErr != nil && r.FirstError == "" {
			r.FirstError = ws.firstErr.Error()
		}
		for k, v := range ws.verdicts {
			r.Verdicts[k] += v
		}
	}
	r.Messages = len(lat)
	slices.Sort(lat)
	r.MsgPerSec = float64(r.Messages) / r.Seconds
	r.P50ms, r.P99ms, r.P999ms = ms(quantile(lat, 0.50)), ms(quantile(lat, 0.99)), ms(quantile(lat, 0.999))
	if len(lat) > 0 {
		r.MaxMs = ms(lat[len(lat)-1])
		r.MeanKB = float64(bytes) / float64(len(lat)) / 1024
	}
	cpu, peak, hwm, err := mon.end()
	if err != nil {
		return nil, err
	}
	r.CPUs, r.PeakRSSMB, r.HWMMB = cpu, float64(peak)/1024, float64(hwm)/1024
	if r.Messages > 0 {
		r.CPUmsMsg = cpu * 1000 / float64(r.Messages)
	}
	return r, nil
}

// quantile is the nearest-rank quantile of sorted durations.
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func (r *result) print(w io.Writer) {
	fmt.Fprintf(w, "%s: %d msgs (%.1f KB mean) in %.2fs over %d sessions: %.0f msg/s; EOM->verdict p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms",
		r.Label, r.Messages, r.MeanKB, r.Seconds, r.Sessions, r.MsgPerSec, r.P50ms, r.P99ms, r.P999ms, r.MaxMs)
	if r.CPUs > 0 || r.HWMMB > 0 {
		fmt.Fprintf(w, "; milter CPU %.3f ms/msg, peak RSS %.1f MB (VmHWM %.1f MB)", r.CPUmsMsg, r.PeakRSSMB, r.HWMMB)
	}
	fmt.Fprintf(w, "; errors %d", r.Errors)
	if r.FirstError != "" {
		fmt.Fprintf(w, " (first: %s)", r.FirstError)
	}
	fmt.Fprintf(w, "; verdicts %s\n", verdictString(r.Verdicts))
}

func verdictString(v map[string]int) string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, v[k])
	}
	return strings.Join(parts, " ")
}
