//go:build integration

package integration

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"regexp"
	"strings"
	"testing"

	"github.com/emersion/go-message"
)

// verdict is the parsed X-Firstsight header.
type verdict struct {
	Action, Score, Reasons, Raw string
}

// verdictOf requires exactly one X-Firstsight header in a delivered message and
// parses its key=value pairs.
func verdictOf(t *testing.T, data []byte) verdict {
	t.Helper()
	hdr, _ := splitMessage(data)
	vals := headerValues(hdr, "X-Firstsight")
	if len(vals) != 1 {
		t.Fatalf("want exactly one X-Firstsight header, got %d: %q\nheader:\n%s", len(vals), vals, hdr)
	}
	v := verdict{Raw: vals[0]}
	for _, kv := range strings.Fields(vals[0]) {
		k, val, _ := strings.Cut(kv, "=")
		switch k {
		case "action":
			v.Action = val
		case "score":
			v.Score = val
		case "reasons":
			v.Reasons = val
		}
	}
	known := map[string]bool{"accept": true, "lock": true, "quarantine": true, "reject": true, "unscanned": true}
	if !known[v.Action] {
		t.Fatalf("X-Firstsight %q: action %q is not one of accept, lock, quarantine, reject, unscanned", v.Raw, v.Action)
	}
	return v
}

// leaf is one non-multipart MIME part: its header and its raw (encoded) body.
type leaf struct {
	Header textproto.MIMEHeader
	Raw    []byte
}

func (l leaf) mediaType() string {
	mt, _, _ := mime.ParseMediaType(l.Header.Get("Content-Type"))
	if mt == "" {
		return "text/plain"
	}
	return mt
}

// decoded undoes the part's Content-Transfer-Encoding.
func (l leaf) decoded() ([]byte, error) {
	switch strings.ToLower(l.Header.Get("Content-Transfer-Encoding")) {
	case "base64":
		clean := strings.NewReplacer("\r", "", "\n", "").Replace(string(l.Raw))
		return base64.StdEncoding.DecodeString(clean)
	case "quoted-printable":
		return io.ReadAll(quotedprintable.NewReader(bytes.NewReader(l.Raw)))
	}
	return l.Raw, nil
}

// mimeLeaves splits a whole message into its leaves with the standard library's
// raw multipart reader (no decoding, so encodings can be checked).
func mimeLeaves(data []byte) ([]leaf, error) {
	r := textproto.NewReader(bufio.NewReader(bytes.NewReader(data)))
	h, err := r.ReadMIMEHeader()
	if err != nil {
		return nil, fmt.Errorf("top header: %w", err)
	}
	body, err := io.ReadAll(r.R)
	if err != nil {
		return nil, err
	}
	return walkLeaves(h, body, 0)
}

func walkLeaves(h textproto.MIMEHeader, body []byte, depth int) ([]leaf, error) {
	mt, params, _ := mime.ParseMediaType(h.Get("Content-Type"))
	if !strings.HasPrefix(mt, "multipart/") {
		return []leaf{{Header: h, Raw: body}}, nil
	}
	if depth > 10 {
		return nil, fmt.Errorf("MIME nesting deeper than 10")
	}
	mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	var out []leaf
	for {
		p, err := mr.NextRawPart()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("multipart %s: %w", params["boundary"], err)
		}
		raw, err := io.ReadAll(p)
		if err != nil {
			return nil, err
		}
		sub, err := walkLeaves(p.Header, raw, depth+1)
		if err != nil {
			return nil, err
		}
		out = append(out, sub...)
	}
}

// goMessageParses checks that go-message, an independent parser, reads every part.
func goMessageParses(data []byte) error {
	e, err := message.Read(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return e.Walk(func(path []int, part *message.Entity, err error) error {
		if err != nil {
			return fmt.Errorf("part %v: %w", path, err)
		}
		if mt, _, _ := part.Header.ContentType(); strings.HasPrefix(mt, "multipart/") {
			return nil // Walk reads the children itself
		}
		_, err = io.Copy(io.Discard, part.Body)
		return err
	})
}

// lockRe matches a lock link that points at base, optionally followed by the
// plain-text annotation milterd appends (" [locked: host[.]example]").
func lockRe(base string, annotated bool) *regexp.Regexp {
	re := regexp.QuoteMeta(base+lockPrefix) + `[A-Za-z0-9_\-]+`
	if annotated {
		re += `( \[locked: (?:\[\.\]|[^\[\]\s])*\])?`
	}
	return regexp.MustCompile(re)
}

// lockURLs finds the lock links that point at base in s.
func lockURLs(s, base string) []string { return lockRe(base, false).FindAllString(s, -1) }

const lockMark, anchorMark = "\x00LOCKED\x00", "\x00ANCHOR\x00"

// sameExceptLocks reports whether got equals sent once every lock link in got and
// every occurrence of the flagged URL in sent are replaced by one marker. The
// visible text of a locked HTML anchor may also be defanged (hxxps://www[.]...).
// Anything else that differs, such as a second, familiar link being locked too,
// makes the two differ.
func sameExceptLocks(sent, got, base string) bool {
	g := lockRe(base, true).ReplaceAllString(got, lockMark)
	s := strings.ReplaceAll(sent, phishURL, lockMark)
	if s == g {
		return true
	}
	g = strings.ReplaceAll(g, defang(phishAnchor), anchorMark)
	s = strings.ReplaceAll(s, phishAnchor, anchorMark)
	return s == g
}

// defang renders a URL the way a lock shows it as text: hxxp and [.] in the host.
func defang(u string) string {
	scheme, rest, _ := strings.Cut(u, "://")
	host, path, _ := strings.Cut(rest, "/")
	return strings.Replace(scheme, "http", "hxxp", 1) + "://" + strings.ReplaceAll(host, ".", "[.]") + "/" + path
}

// checkLines fails on lines over max bytes (SMTP's 998, or 76 in encoded parts).
func checkLines(t *testing.T, what string, raw []byte, max int) {
	t.Helper()
	for i, line := range bytes.Split(raw, []byte("\r\n")) {
		if len(line) > max {
			t.Errorf("%s: line %d is %d bytes, limit %d: %q", what, i+1, len(line), max, line)
		}
	}
}
