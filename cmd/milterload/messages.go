package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/mail"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/firstsight/firstsight/internal/milterclient"
	"github.com/firstsight/firstsight/internal/replay"
)

// message is one loaded .eml file, ready to send.
type message struct {
	name string
	env  milterclient.Envelope
	data []byte // CRLF, without Return-Path and Delivered-To
}

// loadOptions say which files to take and how to build envelopes.
type loadOptions struct {
	from, rcpt string // override the envelope (empty: from the headers)
	maxSize    int    // skip larger files (0: no limit)
	limit      int    // stop after this many files (0: all)
}

// loadDir reads every .eml file under dir (recursively, sorted by path).
func loadDir(dir string, o loadOptions) ([]message, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && strings.HasSuffix(p, ".eml") {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	sort.Strings(paths)
	var msgs []message
	for _, p := range paths {
		if o.limit > 0 && len(msgs) >= o.limit {
			break
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("load: %w", err)
		}
		if o.maxSize > 0 && len(raw) > o.maxSize {
			continue
		}
		msgs = append(msgs, prepare(p, raw, o))
	}
	if len(msgs) == 0 {
		return nil, fmt.Errorf("load: no .eml files in %s", dir)
	}
	return msgs, nil
}

// prepare turns a stored message into what an MTA would send, the same way
// `milterd replay` does (internal/replay): CRLF, envelope from Return-Path
// and Delivered-To, both fields dropped. Flags override the envelope; To is
// the fallback for recipients.
func prepare(name string, raw []byte, o loadOptions) message {
	it := replay.Parse(name, raw, true)
	env := milterclient.Envelope{MailFrom: o.from, Recipients: it.Recipients}
	if env.MailFrom == "" {
		env.MailFrom = it.MailFrom
	}
	if o.rcpt != "" {
		env.Recipients = []string{o.rcpt}
	}
	if len(env.Recipients) == 0 {
		env.Recipients = toAddrs(it.Msg)
	}
	if env.MailFrom == "" {
		env.MailFrom = "sender@bench.invalid"
	}
	if len(env.Recipients) == 0 {
		env.Recipients = []string{"rcpt@bench.invalid"}
	}
	return message{name: name, env: env, data: it.Msg}
}

// toAddrs reads the To addresses of a message.
func toAddrs(msg []byte) []string {
	hm, err := mail.ReadMessage(bytes.NewReader(msg))
	if err != nil {
		return nil
	}
	list, _ := hm.Header.AddressList("To")
	var out []string
	for _, a := range list {
		out = append(out, a.Address)
	}
	return out
}
