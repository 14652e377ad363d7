// Package config owns milterd's configuration: the strict TOML decoding
// (an unknown key is an error naming the key and its line), the embedded
// defaults that let the daemon start with no file at all, and validation.
//
// It refuses to do I/O beyond reading the one file it is given, and it never
// reaches into the packages it configures: they receive plain values.
package config
