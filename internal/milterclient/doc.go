// Package milterclient plays the MTA's side of the milter protocol for
// tests, the equivalence check between replay and the milter, and the load
// driver. It sends one message (envelope, header fields, body) over a
// go-milter client session and collects what the filter asked for.
//
// It is test and benchmark tooling; the daemon never imports it.
package milterclient
