package metrics

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Options configures New. The zero value works.
type Options struct {
	Namespace string       // metric name prefix; default "firstsight"
	DBSize    func() int64 // bytes of the bbolt file; nil: no firstsight_db_size_bytes
	NoRuntime bool         // leave out the Go runtime and process collectors
}

func (o Options) withDefaults() Options {
	if o.Namespace == "" {
		o.Namespace = "firstsight"
	}
	return o
}

// Metrics holds the collectors. Its methods are safe for concurrent use.
type Metrics struct {
	reg        *prometheus.Registry
	messages   *prometheus.CounterVec
	links      *prometheus.CounterVec
	lockEvents *prometheus.CounterVec
	decision   *prometheus.HistogramVec
	flush      *prometheus.HistogramVec
	errors     *prometheus.CounterVec
}

// New registers every collector on a fresh registry.
func New(opts Options) *Metrics {
	o := opts.withDefaults()
	ns := o.Namespace
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "messages_total",
			Help: "Messages judged, by action (accept, lock, quarantine, reject, tempfail, skip, ...)."}, []string{"action"}),
		links: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "links_total",
			Help: "Links seen, by decision (keep, lock, open_in_attachment: judged lock-worthy inside an attachment and left open; would_lock: in monitor mode, left open where enforce would have locked them)."}, []string{"decision"}),
		lockEvents: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "lock_events_total",
			Help: "Lock-page events: clicked, continued, requested."}, []string{"event"}),
		decision: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "decision_seconds",
			Help:    "Time from end of message to verdict, by action.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}}, []string{"action"}),
		flush: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "flush_seconds",
			Help:    "Write-behind flush duration, by store.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5}}, []string{"store"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "errors_total",
			Help: "Errors, by kind."}, []string{"kind"}),
	}
	m.reg.MustRegister(m.messages, m.links, m.lockEvents, m.decision, m.flush, m.errors)
	if o.DBSize != nil {
		m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: ns, Name: "db_size_bytes",
			Help: "Size of the bbolt database."}, func() float64 { return float64(o.DBSize()) }))
	}
	if !o.NoRuntime {
		m.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	return m
}

// Registry returns the private registry, for extra collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the registry in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// ObserveMessage counts one message and its decision latency.
func (m *Metrics) ObserveMessage(action string, d time.Duration) {
	a := label(action)
	m.messages.WithLabelValues(a).Inc()
	m.decision.WithLabelValues(a).Observe(d.Seconds())
}

// ObserveLinks counts n links with one decision.
func (m *Metrics) ObserveLinks(decision string, n int) {
	if n > 0 {
		m.links.WithLabelValues(label(decision)).Add(float64(n))
	}
}

// LockEvent counts a lock-page event (pkg/lock's Events interface).
func (m *Metrics) LockEvent(event string) { m.lockEvents.WithLabelValues(label(event)).Inc() }

// Error counts one error of a kind ("baseline", "lock_store", "milter", ...).
func (m *Metrics) Error(kind string) { m.errors.WithLabelValues(label(kind)).Inc() }

// ObserveFlush records a pkg/lock flush (pkg/lock's FlushObserver).
func (m *Metrics) ObserveFlush(d time.Duration, err error) { m.observeFlush("lock", d, err) }

// FlushObserver returns an observer for another write-behind store, e.g.
// "baseline"; it has the same ObserveFlush method.
func (m *Metrics) FlushObserver(store string) FlushObserver {
	return FlushObserver{m: m, store: label(store)}
}

func (m *Metrics) observeFlush(store string, d time.Duration, err error) {
	m.flush.WithLabelValues(store).Observe(d.Seconds())
	if err != nil {
		m.Error(store + "_flush")
	}
}

// FlushObserver reports flushes of one named store.
type FlushObserver struct {
	m     *Metrics
	store string
}

// ObserveFlush records one flush.
func (f FlushObserver) ObserveFlush(d time.Duration, err error) { f.m.observeFlush(f.store, d, err) }

// label keeps label values to short lowercase tokens.
func label(s string) string {
	if s == "" || len(s) > 32 {
		return "other"
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return "other"
		}
	}
	return s
}
