// Package replay reads stored mail for `milterd replay`: an eval-tools
// replay stream (a directory with stream.json and numbered .eml files), a
// Maildir, an mbox file or a directory of .eml files. For each message it
// recovers the envelope the way a delivery agent recorded it
// (Return-Path, Delivered-To), strips those fields (a milter never sees
// them) and converts line endings to CRLF, as an MTA feeds a milter.
//
// It does no judging or learning itself; it only yields messages.
package replay
