// Package termsafe owns what reaches an administrator's terminal from
// mail: a writer that spells out control characters (escape sequences,
// carriage returns, C1 and bidirectional controls) and stray bytes
// instead of sending them, for milterd's admin commands and explain.
package termsafe
