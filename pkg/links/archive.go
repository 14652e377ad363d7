package links

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"io"
	"path"
	"strings"
)

// Zip archives: lures zip the HTML page, SVG, PDF or QR image they attach,
// so that a filter that reads attachments by their type passes them. A
// .zip attachment is opened (never extracted to disk) and its files of
// those types, and its text files, shortcuts and messages (.eml: their
// text and HTML parts), are read as if attached: an HTML file's links become
// KindArchive links (its forms carry FlagSubmits) and its script marks
// the message (Extracted.ScriptedHTML); SVG, PDF and picture files give
// their usual kinds, and archives inside it are opened in turn
// (maxZipDepth). Gzip and tar attachments (.gz, .tgz, .tar), which
// Windows opens as folders, are read the same way (scanPacked), and so
// are Office and RTF documents inside them. Nothing inside can be
// rewritten. Encrypted entries and other files are not read. Every
// archive's file names are noted, read or not (archive_names.go); RAR
// and 7z archives give only those.

// Bounds on one archive: entries looked at and files read. A file is read
// as far as an attachment is (Options.MaxPartBytes), within the message's
// budget (zipBudget): markup padded past a smaller bound (a 1 KiB archive
// of a 2 MiB page) hid what followed the padding.
const (
	maxZipEntries = 256
	maxZipFiles   = 16
)

// maxZipMessageBytes bounds the bytes inflated from all the archives of
// one message (attached, or uuencoded in its text), or twice the
// message's size when that is more (zipBudget). A file of 1 MiB of markup
// deflates to about 1 KiB, so without it a message of a few hundred small
// archives (or 8 uuencoded in each of its text parts) made gigabytes to
// read: 8 MB took a minute of CPU. Past it the scan is partial
// (scan_limit).
const maxZipMessageBytes = 16 << 20

// zipBudget is what the archives of a message of n bytes may inflate: at
// least maxZipMessageBytes, and twice the message, so that archives of
// files that do not compress (scanned pages, photos), which can never
// inflate to more than the message holds, are always read whole, while
// markup that inflates a thousandfold stays bounded by the message's size.
func zipBudget(n int) int64 { return max(maxZipMessageBytes, 2*int64(n)) }

// scanZip reads the HTML, SVG, PDF and picture files of a zip attachment,
// at most MaxPartBytes of it decoded, and those of the archives inside it
// (maxZipDepth).
func (sc *scan) scanZip(l leaf, c *collector, opts Options) {
	doc, cut := sc.attachment(l, c, opts)
	if cut {
		// A cut archive has lost its central directory: its files
		// cannot be read, but the local headers that are there still
		// name them, as 7-Zip lists them.
		names, aliases, _ := zipLocalNames(doc, c.stop)
		sc.noteNames(names, aliases, false) // the files after the cut are not listed
		return
	}
	read := 0
	sc.readZip(doc, c, opts, 0, &read)
}

// maxZipDepth is how deep archives inside an archive are opened: lures
// zip the zip ("Invoice.zip" holding "Invoice.zip" holding the page) so
// that a filter opening one level finds nothing. Their files count
// against the outer archive's maxZipFiles and the message's budget.
const maxZipDepth = 3

// readZip reads the files of the archive doc, depth archives deep, and
// counts those it reads in *read; false when a bound stopped the reading.
func (sc *scan) readZip(doc []byte, c *collector, opts Options, depth int, read *int) bool {
	files := zipFiles(doc)
	if files == nil {
		sc.noteNames(zipLocalNames(doc, c.stop)) // a broken central directory, or an archive in an archive cut at MaxPartBytes
		return true
	}
	sc.noteZipNames(files)
	for i, f := range files {
		if c.full() || c.stop.stopped() {
			return false
		}
		kind := zipFileType(f.Name)
		if sc.pastBounds(kind, i, *read) {
			return false
		}
		if kind == "" || sc.tooDeep(kind, depth) {
			continue
		}
		size := int64(min(f.UncompressedSize64, uint64(opts.MaxPartBytes)+1))
		open := func(n int64) []byte { data, _ := readZipFile(f, n); return data }
		if !sc.packedEntry(kind, size, open, c, opts, depth, read) {
			return false
		}
	}
	return true
}

// packedEntry reads one file of an archive, size bytes long as its
// archive says, through open (which reads at most the bytes it is given)
// within entryBounds, and counts it in *read; false when a bound stopped
// the reading.
func (sc *scan) packedEntry(kind string, size int64, open func(int64) []byte, c *collector, opts Options, depth int, read *int) bool {
	size, ok := sc.entryBounds(kind, size, opts)
	if !ok {
		return false
	}
	data := sc.took(open(size), read)
	return len(data) == 0 || sc.packedFile(kind, data, c, opts, depth, read)
}

// entryBounds bounds what is read of one file of an archive, of that kind
// and size bytes long as far as is known: as far as an attachment is read
// (MaxPartBytes), and within the message's budget (zipLeft; false: none of
// it). Either bound makes the scan partial. A text or markup file cut at
// MaxPartBytes hides its end, where a padded lure puts its link, as a cut
// body does (CutBody); a large picture or PDF is ordinary (scans).
func (sc *scan) entryBounds(kind string, size int64, opts Options) (int64, bool) {
	if size > opts.MaxPartBytes {
		sc.partial = true
		sc.cutBody = sc.cutBody || markupFile(kind)
		size = opts.MaxPartBytes
	}
	if size > sc.zipLeft {
		sc.partial = true
		return 0, false
	}
	return size, true
}

// took counts data, a file of an archive read, in *read and against the
// message's budget, and returns it.
func (sc *scan) took(data []byte, read *int) []byte {
	*read++
	sc.zipLeft -= int64(len(data))
	return data
}

// packedFile reads one file of an archive (depth archives deep): another
// archive in turn, within maxZipDepth, else with the reader for its type;
// false when a bound stopped the reading.
func (sc *scan) packedFile(kind string, data []byte, c *collector, opts Options, depth int, read *int) bool {
	switch kind {
	case attZip:
		return sc.readZip(data, c, opts, depth+1, read)
	case attGzip:
		return sc.readGzip(data, c, opts, depth+1, read)
	case attTar:
		return sc.readTar(data, c, opts, depth+1, read)
	case attRar, att7z:
		sc.listNames(kind, data, false, c) // cut at MaxPartBytes, a RAR's walk tells
		return true
	}
	sc.zipFile(kind, data, c, opts)
	return true
}

// scanPacked reads a gzip or tar attachment as scanZip reads a zip:
// Windows opens .gz, .tgz and .tar files as folders, and lures pack
// their page so when filters open only zips.
func (sc *scan) scanPacked(l leaf, c *collector, opts Options) {
	doc, _ := sc.attachment(l, c, opts)
	read := 0
	if l.mtype == attTar {
		sc.readTar(doc, c, opts, 0, &read)
		return
	}
	sc.readGzip(doc, c, opts, 0, &read)
}

// readGzip reads the one file a gzip stream holds, within the bounds of a
// file in an archive: by the name its header records, else by what it
// holds (a tar archive, a zip, a PDF, a page).
func (sc *scan) readGzip(doc []byte, c *collector, opts Options, depth int, read *int) bool {
	if depth >= maxZipDepth {
		sc.tooDeep(attGzip, depth-1)
		return true
	}
	if c.full() || c.stop.stopped() || sc.pastBounds(attGzip, 0, *read) {
		return false
	}
	z, err := gzip.NewReader(bytes.NewReader(doc))
	if err != nil {
		return true
	}
	if z.Name != "" {
		sc.noteNames([]string{z.Name}, nil, true) // the header's FNAME: the file once unpacked
	}
	// A gzip does not say how long its file is: inflate one byte past
	// what the bounds could let through, to tell whether it is longer.
	data, n := readAtMost(z, min(opts.MaxPartBytes, sc.zipLeft)+1)
	kind := zipFileType(z.Name)
	if kind == "" {
		kind = sniffedType(data)
	}
	size, ok := sc.entryBounds(kind, n, opts)
	if !ok {
		sc.zipLeft = 0 // inflated to the end of the budget
		return false
	}
	data = sc.took(data[:size], read)
	if kind == "" || len(data) == 0 {
		return true
	}
	return sc.packedFile(kind, data, c, opts, depth, read)
}

// readTar reads the files of a tar archive as readZip reads a zip's. Its
// names are listed as its headers are read: one a bound stopped at, or
// one cut or broken before its end, has listed only some (names.partial).
func (sc *scan) readTar(doc []byte, c *collector, opts Options, depth int, read *int) bool {
	if depth >= maxZipDepth {
		sc.tooDeep(attTar, depth-1)
		return true
	}
	tr := tar.NewReader(bytes.NewReader(doc))
	var names archiveNames
	defer names.done(sc)
	for i := 0; ; i++ {
		h, err := tr.Next()
		if err != nil {
			names.partial = err != io.EOF || !tarEnded(doc) // cut or broken: what was read counts, as links
			return true
		}
		if c.full() || c.stop.stopped() {
			names.partial = true
			return false
		}
		names.note(sc, h.Name, h.Typeflag == tar.TypeDir)
		kind := zipFileType(h.Name)
		if h.Typeflag != tar.TypeReg {
			kind = ""
		}
		if sc.pastBounds(kind, i, *read) {
			names.partial = true
			return false
		}
		if kind == "" || sc.tooDeep(kind, depth) {
			continue
		}
		open := func(n int64) []byte { data, _ := readAtMost(tr, n); return data }
		if !sc.packedEntry(kind, h.Size, open, c, opts, depth, read) {
			names.partial = true
			return false
		}
	}
}

// tarEnded: the tar archive doc ends in a zero block, as every tar
// writer ends one (two, padded to its record); a tar cut at a header's
// boundary (at MaxPartBytes) reads to its end with no error but no such
// block.
func tarEnded(doc []byte) bool {
	if len(doc) < 512 {
		return false
	}
	for _, b := range doc[len(doc)-512:] {
		if b != 0 {
			return false
		}
	}
	return true
}

// pastBounds reports whether the i-th entry of an archive, a file of that
// kind ("" for one not read), after read files were read, lies past
// maxZipEntries or is a file to read past maxZipFiles: reading stops
// there, and the scan is partial. It stopped with no trace, so
// Remittance.zip of 16 small pages and then the credential page was
// judged as fully read.
func (sc *scan) pastBounds(kind string, i, read int) bool {
	if i < maxZipEntries && (kind == "" || read < maxZipFiles) {
		return false
	}
	sc.partial = true
	return true
}

// tooDeep reports whether a file of that kind, in an archive depth
// archives deep, is an archive past maxZipDepth, left unread. What it
// holds was not judged, and nesting one level more is all a lure needs
// to hide its page, so the scan counts as one whose body was cut
// (CutBody: scan_limit from strangers), as a page cut at MaxPartBytes
// does.
func (sc *scan) tooDeep(kind string, depth int) bool {
	if !packedKind(kind) || depth+1 < maxZipDepth {
		return false
	}
	sc.partial, sc.cutBody = true, true
	return true
}

// packedKind: a file of that kind is an archive, read file by file.
func packedKind(kind string) bool { return kind == attZip || kind == attGzip || kind == attTar }

// sniffedType is the reader for a packed file without a name, by what it
// holds, or "".
func sniffedType(data []byte) string {
	head := bytes.TrimLeft(data[:min(len(data), 1024)], " \t\r\n\ufeff")
	switch {
	case len(data) > 262 && string(data[257:262]) == "ustar":
		return attTar
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return attZip
	case isPDF(data):
		return attPDF
	case len(head) > 4 && asciiEqualFold(head[:4], "<svg"):
		return attSVG
	case len(head) > 0 && head[0] == '<':
		return "text/html"
	}
	return ""
}

// zipFileType is the reader for a file in an archive, by its name: "text/html",
// or an attachedType (an archive inside it: attZip, attGzip, attTar), or "" for a file not read.
func zipFileType(name string) string {
	if strings.HasSuffix(name, "/") {
		return "" // a folder
	}
	return typeByName(path.Base(name))
}

// markupFile: a file of that reader's kind is text a reader sees whole
// (a page, a shortcut, a message, an SVG drawing), not a binary document.
func markupFile(kind string) bool {
	switch kind {
	case "text/html", "text/plain", "text/calendar", "message/rfc822", attSVG, attShortcut:
		return true
	}
	return false
}

// zipFile reads one file of an archive with the reader for its type.
func (sc *scan) zipFile(kind string, data []byte, c *collector, opts Options) {
	switch kind {
	case "text/html":
		sc.zipHTML(data, c)
	case attSVG:
		sc.readSVG(data, c)
	case attPDF:
		sc.readPDF(data, c, opts)
	case attImage:
		sc.readImage(data, c)
	case "text/plain", "text/calendar":
		sc.zipText(data, c)
	case attShortcut:
		sc.readShortcut(data, c, KindArchive)
	case "message/rfc822":
		sc.zipMessage(data, c, opts)
	case attOffice:
		sc.readOffice(data, c)
	case attRTF:
		sc.readRTF(data, c)
	}
}

// zipText adds the URLs of a text file inside an archive as KindArchive
// links.
func (sc *scan) zipText(data []byte, c *collector) {
	first, leadOff := len(c.links), c.leadOff
	c.leadOff = true
	scanPlain(data, c, KindText, scanMode{})
	c.leadOff = leadOff
	for i := first; i < len(c.links); i++ {
		c.links[i].Kind = KindArchive
	}
}

// zipMessage reads the text and HTML parts of a message (.eml) inside an
// archive as the archive's own files are read; its attachments are not
// opened.
func (sc *scan) zipMessage(data []byte, c *collector, opts Options) {
	w := newWalker(opts, c.stop, len(data))
	w.entity(data, 0, len(data), "", 0, false, false, "text/plain")
	for _, l := range w.leaves {
		if c.full() {
			return
		}
		text, _ := decodeCTE(l.cte, l.src[l.bodyStart:l.bodyEnd])
		text, _ = decodeCharset(l.charset, text)
		if l.mtype == "text/html" || sniffHTML(text) {
			sc.zipHTML(text, c)
		} else {
			sc.zipText(text, c)
		}
	}
}

// zipHTML adds the links of an HTML file inside an archive as KindArchive
// links (a form's target carries FlagSubmits), each with the text around
// it in the file as its context. The file never offers the message's lead.
func (sc *scan) zipHTML(data []byte, c *collector) {
	first, leadOff := len(c.links), c.leadOff
	c.leadOff, c.html = true, true
	scanHTML(data, c, -1)
	c.leadOff, c.html = leadOff, false
	for i := first; i < len(c.links); i++ {
		l := &c.links[i]
		if !l.Clickable {
			continue
		}
		if l.Kind == KindForm {
			l.Flags |= FlagSubmits
		}
		l.Kind = KindArchive
	}
	sc.scriptedHTML = sc.scriptedHTML || scriptedHTML(data)
	sc.hiddenRedirect = sc.hiddenRedirect || hiddenRedirect(data)
	sc.pasteFile = sc.pasteFile || pasteCommand(data)
}
