package links

import (
	"bytes"
	"strings"
)

// Files embedded in an invitation: RFC 5545 lets a calendar property
// carry a file inline (ATTACH;ENCODING=BASE64;VALUE=BINARY;FMTTYPE=...;
// X-FILENAME=...:<base64>), and Outlook lists such a file among the
// meeting's attachments, where it opens as any attachment does. Those
// files are read as files in an archive are (their links never
// rewritten), within the same bounds: maxZipFiles files a message and the
// message's archive budget.

// icsFile is a file embedded in a calendar part.
type icsFile struct {
	part, kind string
	data       []byte
}

// appendICSFiles adds the embedded files of calendar text (a part at path
// part) that milterd reads to files.
func appendICSFiles(files []icsFile, text []byte, part string) []icsFile {
	eachProperty(text, "attach", func(at, end int) bool {
		if f, ok := icsAttachment(text[at:end], part); ok {
			files = append(files, f)
		}
		return len(files) <= maxZipFiles
	})
	return files
}

// icsAttachment decodes one ATTACH property holding a file inline, with
// the reader for its type (by its file name, else its FMTTYPE, else what
// it holds); ok is false for a URI attachment or a type not read.
func icsAttachment(p []byte, part string) (icsFile, bool) {
	params, value, ok := propertyValue(p)
	if !ok || indexFold(params, "encoding=base64") < 0 {
		return icsFile{}, false
	}
	data, err := b64Decode(bytes.Map(dropSpace, icsUnescape(value)))
	if err != nil && len(data) == 0 {
		return icsFile{}, false
	}
	kind := typeByName(icsParam(params, "filename"))
	if kind == "" {
		kind = icsParam(params, "fmttype")
		if k := attachedType(kind); k != "" {
			kind = k
		} else if kind = mediaAlias(kind); !markupFile(kind) {
			kind = sniffedType(data)
		}
	}
	return icsFile{part: part, kind: kind, data: data}, kind != ""
}

// dropSpace drops the white space a folded base64 value keeps.
func dropSpace(r rune) rune {
	if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
		return -1
	}
	return r
}

// icsParam is the value of the parameter whose name is name (lowercase)
// or ends in "-"+name (X-FILENAME, X-APPLE-FILENAME), of a property's
// name-and-parameters, quotes removed, or "".
func icsParam(params []byte, name string) string {
	for _, p := range strings.Split(string(params), ";")[1:] {
		k, v, ok := strings.Cut(p, "=")
		k = strings.ToLower(strings.TrimSpace(k))
		if ok && (k == name || strings.HasSuffix(k, "-"+name)) {
			return strings.ToLower(strings.Trim(strings.TrimSpace(v), `"`))
		}
	}
	return ""
}

// readICSFiles reads the files embedded in the message's calendar parts
// as files of one archive: at most maxZipFiles, within the message's
// archive budget (a bound met makes the scan partial).
func (sc *scan) readICSFiles(c *collector, opts Options) {
	read := 0
	for i, f := range sc.icsFiles {
		if c.full() || c.stop.stopped() || sc.pastBounds(f.kind, i, read) {
			return
		}
		c.part = f.part
		data := f.data
		open := func(n int64) []byte { return data[:min(int64(len(data)), n)] }
		if !sc.packedEntry(f.kind, int64(len(data)), open, c, opts, 0, &read) {
			return
		}
	}
}
