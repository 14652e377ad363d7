// Package metrics owns milterd's Prometheus metrics: one private
// prometheus.Registry (never the global default), the collectors on it, and
// the /metrics handler.
//
// The glue calls ObserveMessage, ObserveLinks and Error; *Metrics also
// satisfies the small interfaces pkg/lock declares (LockEvent for lock-page
// events, ObserveFlush for write-behind flushes), so leaf packages never
// import this one. Label values come from the caller; anything that is not a
// short lowercase token is reported as "other", so a bug cannot explode the
// series count.
//
// It refuses to do anything else: no logging, no push gateway, no globals.
package metrics
