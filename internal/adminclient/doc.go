// Package adminclient owns the milterd admin subcommands (locks, release,
// relock, allow, verdicts, quarantine, inspect, explain, backup). Each one
// is a plain HTTP call to the running daemon's admin API with the bearer
// token; output is a readable table, or the API's JSON with -json.
// The lists (locks, verdicts, quarantine) name each item's first
// recipient and count them all in a table; with -json each item names
// the API's default (lock.ListRecipients) unless -recipients asks for
// all or another number, and recipients_total counts them all.
//
// It never opens the database: bbolt locks the file to the daemon, and the
// API is the only way in while it runs.
package adminclient
