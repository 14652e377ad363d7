package links

import (
	"bytes"
	"encoding/binary"
	"strings"
)

// The names of an archive's files are noted as an attached file's are
// (noteFileNames): those holding a direction control (bidiNames) and
// those of programs (programNames), whether or not the file is read for
// links. Every archive reader lists them: zip (and, when its central
// directory is lost, the local headers of a cut or broken one), tar, the
// one file of a gzip stream, RAR (rar.go), 7z (sevenzip.go) and the
// attachments a TNEF stream packs (tnefNames). A script (ScriptFile)
// counts only when its archive holds at most maxScriptEntries files, and
// only when the whole listing was read: a cut zip's local headers, a RAR
// cut, broken or stopped by a bound, a tar stopped before its end may
// list a large project's first files, its build script among them.

// archiveNames notes the names of one archive's files as they are listed.
type archiveNames struct {
	files   int      // files (not folders) listed so far
	partial bool     // the listing stopped before the archive's end: more files may follow
	scripts []string // scripts among the first maxScriptEntries files
}

// note notes the name of a file of the archive (dir: a folder, which is
// not counted as a file).
func (a *archiveNames) note(sc *scan, name string, dir bool) {
	sc.noteBidiName(name)
	if dir || strings.HasSuffix(name, "/") {
		return
	}
	a.files++
	sc.programNames = noteProgramName(sc.programNames, name, false)
	if a.files <= maxScriptEntries && !ProgramFile(gunzippedName(name)) && ScriptFile(gunzippedName(name)) {
		a.scripts = append(a.scripts, name)
	}
}

// done notes the scripts listed when the archive held at most
// maxScriptEntries files, all of them listed: a lone script, not a
// project's build files.
func (a *archiveNames) done(sc *scan) {
	if a.files > maxScriptEntries || a.partial {
		return
	}
	for _, n := range a.scripts {
		sc.programNames = noteProgramName(sc.programNames, n, true)
	}
}

// noteNames notes the names of an archive's files listed at once, at
// most maxZipEntries of them; complete when they are all its files.
func (sc *scan) noteNames(names []string, complete bool) {
	a := archiveNames{partial: !complete}
	for _, n := range names[:min(len(names), maxZipEntries)] {
		a.note(sc, n, false)
	}
	a.files += max(len(names)-maxZipEntries, 0)
	a.done(sc)
}

// zipLocalSig opens a zip local file header (APPNOTE 4.3.7).
const zipLocalSig = "PK\x03\x04"

// zipLocalNames lists the names of the local file headers of a zip whose
// central directory is lost (cut at MaxPartBytes, or broken), at most
// maxZipEntries of them: each header names its file, 30 bytes in, and
// its data follows (skipped when its size is known, else searched past
// for the next header). Every byte is looked at at most twice. complete:
// the last local header is followed by the central directory (or its
// end record), so no file was left out; a zip cut before it, a header
// cut in the middle, or a bound that stopped the walk lists only some.
func zipLocalNames(b []byte, stop *stopper) (names []string, complete bool) {
	for pos := 0; len(names) < maxZipEntries && !stop.stopped(); {
		i := bytes.Index(b[pos:], []byte(zipLocalSig))
		if i < 0 {
			rest := b[pos:]
			return names, bytes.Contains(rest, []byte(zipCentralSig)) || bytes.Contains(rest, []byte(zipEndSig))
		}
		at := pos + i
		if len(b)-at < 30 {
			break
		}
		flags := binary.LittleEndian.Uint16(b[at+6:])
		size := int(binary.LittleEndian.Uint32(b[at+18:]))
		n, extra := int(binary.LittleEndian.Uint16(b[at+26:])), int(binary.LittleEndian.Uint16(b[at+28:]))
		end := at + 30 + n
		if end > len(b) {
			break
		}
		if n > 0 {
			names = append(names, string(b[at+30:end]))
		}
		pos = end
		// Sizes known ahead of the data (no data descriptor) skip it;
		// a size past the end only means the archive is cut there.
		if flags&0x8 == 0 && size >= 0 && size <= len(b)-end-extra {
			pos = end + extra + size
		}
	}
	return names, false
}

// zipCentralSig opens a central directory header, zipEndSig the end of
// central directory record (APPNOTE 4.3.12, 4.3.16).
const zipCentralSig, zipEndSig = "PK\x01\x02", "PK\x05\x06"

// listNames notes the names of the files of a RAR or 7z archive (kind),
// whose files are never read: WinRAR and 7-Zip open them, and lures
// pack their program in one where a filter opens only zips.
// A 7z archive lists all its files in one header, read whole or not at
// all; a RAR archive's listing is complete when its walk reached the end
// (rarNames) and the attachment was not cut (cut).
func (sc *scan) listNames(kind string, doc []byte, cut bool, c *collector) {
	var names []string
	var dirs []bool
	complete := true
	switch kind {
	case attRar:
		names, dirs, complete = rarNames(doc, c.stop)
	case att7z:
		names, dirs = sevenZipNames(doc, sc, c.stop)
	}
	a := archiveNames{partial: cut || !complete}
	for i, n := range names {
		a.note(sc, n, dirs[i])
	}
	a.done(sc)
}
