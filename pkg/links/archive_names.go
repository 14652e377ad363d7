package links

import (
	"bytes"
	"strings"
)

// The names of an archive's files are noted as an attached file's are
// (noteFileNames): those holding a direction control (bidiNames) and
// those of programs (programNames), whether or not the file is read for
// links. Every archive reader lists them: zip (and, when its central
// directory is lost, the local headers of a cut or broken one), tar, the
// one file of a gzip stream, RAR (rar.go), 7z (sevenzip.go) and the
// attachments a TNEF stream packs (tnefNames). A script (ScriptFile)
// counts only when its archive holds at most maxScriptEntries files.

// archiveNames notes the names of one archive's files as they are listed.
type archiveNames struct {
	files   int      // files (not folders) listed so far
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
// maxScriptEntries files: a lone script, not a project's build files.
func (a *archiveNames) done(sc *scan) {
	if a.files > maxScriptEntries {
		return
	}
	for _, n := range a.scripts {
		sc.programNames = noteProgramName(sc.programNames, n, true)
	}
}

// noteNames notes the names of an archive's files listed at once, at
// most maxZipEntries of them.
func (sc *scan) noteNames(names []string) {
	var a archiveNames
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
// for the next header). Every byte is looked at at most once.
func zipLocalNames(b []byte, stop *stopper) []string {
	var names []string
	for pos := 0; len(names) < maxZipEntries && !stop.stopped(); {
		i := bytes.Index(b[pos:], []byte(zipLocalSig))
		if i < 0 {
			break
		}
		at := pos + i
		if len(b)-at < 30 {
			break
		}
		flags := le16(b[at+6:])
		size := int(le32(b[at+18:]))
		n, extra := int(le16(b[at+26:])), int(le16(b[at+28:]))
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
	return names
}

func le16(b []byte) uint16 { return uint16(b[0]) | uint16(b[1])<<8 }

func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// listNames notes the names of the files of a RAR or 7z archive (kind),
// whose files are never read: WinRAR and 7-Zip open them, and lures
// pack their program in one where a filter opens only zips.
func (sc *scan) listNames(kind string, doc []byte, c *collector) {
	var names []string
	var dirs []bool
	switch kind {
	case attRar:
		names, dirs = rarNames(doc, c.stop)
	case att7z:
		names, dirs = sevenZipNames(doc, sc, c.stop)
	}
	var a archiveNames
	for i, n := range names {
		a.note(sc, n, dirs[i])
	}
	a.done(sc)
}
