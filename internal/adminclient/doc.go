// Package adminclient owns the milterd admin subcommands (locks, release,
// relock, allow, verdicts, quarantine, inspect, explain, backup). Each one
// is a plain HTTP call to the running daemon's admin API with the bearer
// token; output is a readable table, or the API's JSON with -json.
//
// It never opens the database: bbolt locks the file to the daemon, and the
// API is the only way in while it runs.
package adminclient
