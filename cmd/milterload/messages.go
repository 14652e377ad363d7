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

// prepare canonicalises line endings to CRLF (as an MTA sends them), takes
// the envelope from Return-Path and Delivered-To (or To), and drops the two
// delivery headers, which the MTA would not have seen yet.
func prepare(name string, raw []byte, o loadOptions) message {
	data := crlf(raw)
	env := milterclient.Envelope{MailFrom: o.from}
	if o.rcpt != "" {
		env.Recipients = []string{o.rcpt}
	}
	head, _ := splitHead(data)
	hm, err := mail.ReadMessage(bytes.NewReader(append(head, '\r', '\n')))
	if err == nil {
		if env.MailFrom == "" {
			env.MailFrom = bareAddr(hm.Header.Get("Return-Path"))
		}
		if env.Recipients == nil {
			env.Recipients = recipients(hm.Header)
		}
	}
	if env.MailFrom == "" {
		env.MailFrom = "sender@bench.invalid"
	}
	if len(env.Recipients) == 0 {
		env.Recipients = []string{"rcpt@bench.invalid"}
	}
	return message{name: name, env: env, data: dropFields(data, "return-path", "delivered-to")}
}

func recipients(h mail.Header) []string {
	var out []string
	for _, v := range h["Delivered-To"] {
		if a := bareAddr(v); a != "" {
			out = append(out, a)
		}
	}
	if len(out) > 0 {
		return out
	}
	list, _ := h.AddressList("To")
	for _, a := range list {
		out = append(out, a.Address)
	}
	return out
}

// bareAddr strips angle brackets, comments and spaces: "<a@b>" -> "a@b".
func bareAddr(v string) string {
	v = strings.TrimSpace(v)
	if a, err := mail.ParseAddress(v); err == nil {
		return a.Address
	}
	return strings.Trim(v, "<> ")
}

// crlf turns bare LF into CRLF.
func crlf(b []byte) []byte {
	if bytes.Count(b, []byte("\n")) == bytes.Count(b, []byte("\r\n")) {
		return b
	}
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
}

// splitHead returns the header block (ending in CRLF) and the body.
func splitHead(msg []byte) (head, body []byte) {
	if i := bytes.Index(msg, []byte("\r\n\r\n")); i >= 0 {
		return msg[:i+2], msg[i+4:]
	}
	return msg, nil
}

// dropFields removes the named header fields (with continuation lines).
func dropFields(msg []byte, names ...string) []byte {
	head, body := splitHead(msg)
	var out bytes.Buffer
	skip := false
	for _, line := range bytes.SplitAfter(head, []byte("\r\n")) {
		if len(line) == 0 {
			continue
		}
		if line[0] != ' ' && line[0] != '\t' {
			k, _, _ := bytes.Cut(line, []byte(":"))
			skip = false
			for _, n := range names {
				skip = skip || strings.EqualFold(strings.TrimSpace(string(k)), n)
			}
		}
		if !skip {
			out.Write(line)
		}
	}
	out.WriteString("\r\n")
	out.Write(body)
	return out.Bytes()
}
