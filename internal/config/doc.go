// Package config owns milterd's configuration: the strict TOML decoding
// (an unknown key is an error naming the key and its line), the embedded
// defaults that let the daemon start with no file at all, validation, and
// warnings (Config.Warnings) for values allowed but cutting live mail at the
// MTAs' defaults.
//
// It refuses to do I/O beyond reading the one file it is given. The
// scoring policy is held in scoring's own type with scoring's defaults
// (scoring.Policy, scoring.DefaultPolicy, Policy.Validate), and one extraction default
// comes from pkg/links, so one set of names and defaults serves the file
// and the code.
package config
