package replay

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/mail"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Item is one message ready for the decision core.
type Item struct {
	Name       string // file name (stream/dir), or mbox:N
	Msg        []byte // CRLF, without Return-Path and Delivered-To
	MailFrom   string
	Recipients []string
	Date       time.Time // from the Date field; zero if absent or unparseable
	Test       bool      // in the stream's test window (always true outside streams)
}

// Stream is the metadata eval-tools writes to stream.json.
type Stream struct {
	FirstTestFile string `json:"first_test_file"`
	Seed          int    `json:"seed"`
	SHA256        string `json:"stream_sha256"`
}

// Open lists the messages at path. Messages are read lazily by Load.
func Open(path string) (*Source, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("replay: %w", err)
	}
	if !st.IsDir() && strings.EqualFold(filepath.Ext(path), ".eml") {
		return &Source{files: []string{path}}, nil // one message
	}
	if !st.IsDir() {
		return openMbox(path)
	}
	src := &Source{}
	if b, err := os.ReadFile(filepath.Join(path, "stream.json")); err == nil {
		if err := json.Unmarshal(b, &src.Stream); err != nil {
			return nil, fmt.Errorf("replay: stream.json: %w", err)
		}
	}
	src.files, err = listFiles(path)
	return src, err
}

// Source is an ordered list of messages.
type Source struct {
	Stream Stream
	files  []string
	mbox   [][]byte
}

// Len is the number of messages.
func (s *Source) Len() int { return len(s.files) + len(s.mbox) }

// Load reads message i.
func (s *Source) Load(i int) (Item, error) {
	if s.mbox != nil {
		return Parse(fmt.Sprintf("mbox:%d", i+1), s.mbox[i], true), nil
	}
	b, err := os.ReadFile(s.files[i])
	if err != nil {
		return Item{}, fmt.Errorf("replay: %w", err)
	}
	name := filepath.Base(s.files[i])
	test := s.Stream.FirstTestFile == "" || name >= s.Stream.FirstTestFile
	return Parse(name, b, test), nil
}

// listFiles returns .eml files in name order, or a Maildir's cur/ and new/.
// A symbolic link to the directory is followed (WalkDir would take it for
// a file and list nothing); links below it are not.
func listFiles(dir string) ([]string, error) {
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && filepath.Base(p) == "tmp" && p != dir {
			return filepath.SkipDir
		}
		if !d.IsDir() && wanted(p, dir) {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("replay: %w", err)
	}
	sort.Strings(out)
	return out, nil
}

func wanted(p, root string) bool {
	if strings.EqualFold(filepath.Ext(p), ".eml") {
		return true
	}
	parent := filepath.Base(filepath.Dir(p))
	return parent == "cur" || parent == "new"
}

// openMbox splits an mbox file at "From " lines, undoing >From quoting.
func openMbox(path string) (*Source, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("replay: %w", err)
	}
	if !bytes.HasPrefix(b, []byte("From ")) {
		return nil, errors.New("replay: " + path + " is not an mbox file (no leading From line); a single message must be named *.eml")
	}
	return &Source{mbox: SplitMbox(b)}, nil
}

// SplitMbox splits mbox bytes into messages (mboxrd unquoting).
func SplitMbox(b []byte) [][]byte {
	var msgs [][]byte
	var cur []byte
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	started := false
	for sc.Scan() {
		line := sc.Bytes()
		if bytes.HasPrefix(line, []byte("From ")) {
			if started {
				msgs = append(msgs, cur)
			}
			cur, started = nil, true
			continue
		}
		if q := bytes.TrimLeft(line, ">"); len(q) < len(line) && bytes.HasPrefix(q, []byte("From ")) {
			line = line[1:]
		}
		cur = append(append(cur, line...), '\n')
	}
	if started {
		msgs = append(msgs, cur)
	}
	return msgs
}

// Parse recovers the envelope from one stored message and returns the
// message as an MTA would hand it to a milter.
func Parse(name string, raw []byte, test bool) Item {
	it := Item{Name: name, Test: test}
	head, body := splitHeader(raw)
	var kept [][]byte
	for _, f := range fields(head) {
		switch key := strings.ToLower(string(bytes.TrimSpace(f[:max(bytes.IndexByte(f, ':'), 0)]))); key {
		case "return-path":
			it.MailFrom = address(f)
		case "delivered-to":
			if a := address(f); a != "" {
				it.Recipients = append(it.Recipients, a)
			}
		default:
			kept = append(kept, f)
			if key == "date" {
				it.Date, _ = mail.ParseDate(strings.TrimSpace(string(f[bytes.IndexByte(f, ':')+1:])))
			}
		}
	}
	it.Msg = crlf(append(bytes.Join(kept, nil), append([]byte("\n"), body...)...))
	return it
}

// splitHeader splits at the first empty line (LF or CRLF).
func splitHeader(b []byte) (head, body []byte) {
	for i := 0; i < len(b); {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			return b, nil
		}
		line := b[i : i+j]
		if len(bytes.TrimRight(line, "\r")) == 0 {
			return b[:i], b[i+j+1:]
		}
		i += j + 1
	}
	return b, nil
}

// fields splits a header block into fields, keeping continuation lines and
// each field's line ending.
func fields(head []byte) [][]byte {
	var out [][]byte
	for len(head) > 0 {
		end := len(head)
		for i := 0; i < len(head); {
			j := bytes.IndexByte(head[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			if i >= len(head) || (head[i] != ' ' && head[i] != '\t') {
				end = i
				break
			}
		}
		out = append(out, head[:end])
		head = head[end:]
	}
	return out
}

func address(field []byte) string {
	v := strings.TrimSpace(string(field[bytes.IndexByte(field, ':')+1:]))
	if a, err := mail.ParseAddress(v); err == nil {
		return strings.ToLower(a.Address)
	}
	return strings.ToLower(strings.Trim(v, "<> \t\r\n"))
}

// crlf converts every line ending to CRLF.
func crlf(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/40)
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n':
			out = append(out, '\r', '\n')
			i++
		case b[i] == '\n' || b[i] == '\r':
			out = append(out, '\r', '\n')
		default:
			out = append(out, b[i])
		}
	}
	return out
}
