package links

import (
	"bytes"
	"strings"
)

// Inline uuencoded files: a text/plain body may carry files as
// "begin 644 name.ext" ... "end" blocks, as old mailers sent attachments.
// Outlook and Thunderbird still show such a block as an attachment of that
// name, which opens in the program its name says (notice.html in the
// browser); lures use it to pass filters that read only MIME parts. Each
// block is decoded and read as an attachment whose name is its type
// (fileType): an HTML page, PDF, SVG, Office document, image, zip,
// calendar, shortcut or message. Its links are judged but never rewritten
// (the text holding them cannot be spliced: FlagEncodedMessage, or an
// attachment's Kind).

// maxUUFiles bounds the inline uuencoded files read per text part.
const maxUUFiles = 8

// uuFile is one inline uuencoded file: its name and decoded bytes.
type uuFile struct {
	name string
	data []byte
}

// uuFiles returns at most maxUUFiles files uuencoded in text, each from a
// line "begin MODE NAME" (MODE three or four octal digits) to its "end"
// line. Every byte of text is read once.
func uuFiles(text []byte) []uuFile {
	var out []uuFile
	for pos := 0; pos < len(text) && len(out) < maxUUFiles; {
		i := bytes.Index(text[pos:], []byte("begin "))
		if i < 0 {
			break
		}
		at := pos + i
		if at > 0 && text[at-1] != '\n' {
			pos = at + len("begin ") // not a line's start: its line is not read to its end
			continue
		}
		line, next := headerLine(text, at)
		pos = next
		name, ok := uuName(line)
		if !ok {
			continue
		}
		data, n := uuBody(text[next:])
		pos = next + n
		out = append(out, uuFile{name: name, data: data})
	}
	return out
}

// uuName reads the file name of a "begin MODE NAME" line.
func uuName(line []byte) (string, bool) {
	rest := bytes.TrimRight(line[len("begin "):], " \t\r")
	mode, name, ok := bytes.Cut(rest, []byte(" "))
	if !ok || len(mode) < 3 || len(mode) > 4 {
		return "", false
	}
	for _, c := range mode {
		if c < '0' || c > '7' {
			return "", false
		}
	}
	n := strings.Map(func(r rune) rune {
		if r < ' ' || r == '"' || r == '\\' || r == 0x7f {
			return -1
		}
		return r
	}, strings.TrimSpace(string(name)))
	return n, n != ""
}

// inlineFiles reads the uuencoded files inside the text/plain part l (its
// first MaxPartBytes) as attachments named so, numbered below the part
// ("2.1", "2.2", ...: a text part has no parts of its own). A uuencoded
// body is one file already. (pgp decoded a body in base64 or quoted-printable
// already, unless the part is inside a signed structure.)
func (w *walker) inlineFiles(l leaf, depth int) {
	body := l.body
	if !l.decoded {
		if readOnlyCTE(l.cte) {
			return
		}
		body, _ = decodeCTE(l.cte, l.src[l.bodyStart:l.bodyEnd])
	}
	if int64(len(body)) > w.opts.MaxPartBytes {
		body = body[:w.opts.MaxPartBytes]
	}
	if !bytes.Contains(body, []byte("begin ")) {
		return
	}
	for k, f := range uuFiles(body) {
		e := uuEntity(f)
		w.entity(e, 0, len(e), childPath(l.path, k+1), depth+1, l.signed, false, "application/octet-stream")
	}
}

// uuEntity makes an entity of an inline file: a header naming it, so the
// walk types it by its name as an attachment's, and its bytes.
func uuEntity(f uuFile) []byte {
	h := "Content-Type: application/octet-stream; name=\"" + f.name + "\"\r\nContent-Disposition: attachment\r\n\r\n"
	return append([]byte(h), f.data...)
}
