package links

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"path"
	"slices"
	"strings"
)

// The names of an archive's files are noted as an attached file's are
// (noteFileNames): those holding a direction control (bidiNames) and
// those of programs (programNames), whether or not the file is read for
// links. Every archive reader lists them: zip (each file by its name
// field and by its Unicode path field, zipUnicodePath; and, when its
// central directory is lost, the local headers of a cut or broken one),
// tar, the one file of a gzip stream, RAR (rar.go), 7z (sevenzip.go) and
// the attachments a TNEF stream packs (tnefNames). A script (ScriptFile)
// counts unless its archive is a project's: more than maxScriptEntries
// files, one of them a project's mark (projectDepth: a build or package
// file, source code, a web page, a repository's folder) where a project
// keeps it, at the top level or at the top of the single root folder
// (archiveNames.project), or in the script's own folder (beside: a
// program's distribution zipped from its root keeps "bin/catalina.sh"
// beside "bin/catalina.bat"), by the name unpackers show (a zip's Unicode
// path field, where the name field may name a project's file that no
// reader sees). Decoys do not make a
// project however many there are: a dropper's documents, pictures, text
// files, empty files, copies of the script, libraries and folders
// ("Invoice.js" beside "Invoice.pdf", three pictures and "readme.txt"
// still stands alone). And it counts only when the whole listing was
// read: a cut zip's local headers, a RAR cut, broken, stopped by a
// bound or a volume of a set of several (rarNames), a tar stopped
// before its end, more files than are looked at (maxZipEntries) may
// list a large project's first files, its build script among them.

// archiveNames notes the names of one archive's files as they are listed.
type archiveNames struct {
	files   int             // files (not folders) listed so far
	partial bool            // the listing stopped before the archive's end: more files may follow
	top     bool            // a project's mark was listed at the top level (projectDepth 0)
	rooted  bool            // a project's mark was listed one folder down (projectDepth 1)
	root    string          // the folder the first name listed lies in ("" for none)
	loose   bool            // a name lies outside root: the archive has no single root folder
	marked  map[string]bool // folders a project's mark was listed in, by folderKey ("" the top level)
	scripts []listedScript  // scripts listed, at most maxProgramNames
}

// listedScript is a script an archive lists: its name, the folder it
// lies in (folderKey), and whether unpackers show it by that name (not
// a zip's name field its Unicode path field renames).
type listedScript struct {
	name, folder string
	shown        bool
}

// note notes the name of a file of the archive (dir: a folder, which is
// not counted as a file).
func (a *archiveNames) note(sc *scan, name string, dir bool) {
	a.noteShown(sc, name, "", dir)
}

// noteShown notes a file listed by name and shown by unpackers as shown
// (a zip's Unicode path field: 7-Zip, WinRAR, unzip and Windows show and
// unpack the file by it; "" when it has none): it is a program's or a
// script's by either name, and a project's, and where it lies, by the one
// shown. dir: a folder, which is not counted as a file.
func (a *archiveNames) noteShown(sc *scan, name, shown string, dir bool) {
	sc.noteBidiName(name)
	if shown == "" || shown == name {
		shown = name
	} else {
		sc.noteBidiName(shown)
	}
	if dir && !strings.HasSuffix(shown, "/") {
		shown += "/" // RAR and 7z name folders without "/"
	}
	a.place(shown)
	if dir || strings.HasSuffix(name, "/") {
		return
	}
	a.files++
	a.program(sc, name, shown == name)
	if shown != name && !strings.HasSuffix(shown, "/") {
		a.program(sc, shown, true)
	}
}

// place notes where the file or folder name (a folder's ending in "/")
// lies: in which top folder, and how far down a project's mark is
// (projectDepth).
func (a *archiveNames) place(name string) {
	parts := pathParts(name)
	switch {
	case len(parts) == 0:
		return
	case len(parts) == 1 && !strings.HasSuffix(name, "/") && !strings.HasSuffix(name, "\\"):
		a.loose = true // a file at the top level
	case a.root == "":
		a.root = parts[0]
	case parts[0] != a.root:
		a.loose = true
	}
	d := projectDepth(name)
	switch d {
	case -1:
		return
	case 0:
		a.top = true
	case 1:
		a.rooted = true
	}
	if a.marked == nil {
		a.marked = map[string]bool{}
	}
	a.marked[folderKey(name, d)] = true
}

// folderKey names the folder that holds the first depth folders or file
// of the path name in an archive ("/" between folders, lower case, "."
// and empty folders aside; "" for the top level), as projectDepth counts
// them.
func folderKey(name string, depth int) string {
	parts := pathParts(strings.ToLower(name))
	return strings.Join(parts[:min(max(depth, 0), len(parts))], "/")
}

// program notes a file's name as a program's (ProgramFile), or keeps it
// as a script's, which counts once the listing is done (shown: unpackers
// show the file by that name).
func (a *archiveNames) program(sc *scan, name string, shown bool) {
	sc.programNames = noteProgramName(sc.programNames, name, false)
	inner := gunzippedName(name)
	if len(a.scripts) < maxProgramNames && !ProgramFile(inner) && ScriptFile(inner) {
		folder := folderKey(name, len(pathParts(name))-1)
		a.scripts = append(a.scripts, listedScript{name: name, folder: folder, shown: shown})
	}
}

// done notes the scripts listed when the whole listing was read and the
// archive is no project's (at most maxScriptEntries files, or no
// project's mark where a project keeps one, project) and the script's
// own folder holds no mark either (beside): a lone script beside decoys,
// not a project's build files.
func (a *archiveNames) done(sc *scan) {
	many := a.files > maxScriptEntries
	if a.partial || many && a.project() {
		return
	}
	for _, s := range a.scripts {
		if !many || !a.beside(s) {
			sc.programNames = noteProgramName(sc.programNames, s.name, true)
		}
	}
}

// beside: a project's mark was listed in the folder the script lies in,
// by the name unpackers show them by ("apache-tomcat-9/bin/catalina.sh"
// beside "apache-tomcat-9/bin/catalina.bat", a program's distribution
// zipped from its root, whose root folder holds only its notes). The
// reader sees the mark beside the script, as one at the top level, and
// a dropper that can add one there could add one at the top.
func (a *archiveNames) beside(s listedScript) bool {
	return s.shown && a.marked[s.folder]
}

// project: a project's mark was listed where a project keeps its build
// files, manifests and repository folder: at the archive's top level, or
// at the top of its single root folder ("repo-main/package.json", as a
// repository or a project's folder is zipped). Deeper, or in one of
// several folders, the reader who opens the archive does not see it
// beside the script: a dropper hides "a/.git/HEAD" there to have its
// "Invoice.js" read as a project's.
func (a *archiveNames) project() bool {
	return a.top || a.rooted && a.root != "" && !a.loose
}

// projectDirs are folders only a project holds: a repository's own
// (.git, .svn, .hg), its hosting's and editors' settings, and packages
// and caches its build tools fill.
var projectDirs = map[string]bool{
	".git": true, ".svn": true, ".hg": true, ".github": true, ".gitlab": true, ".vscode": true, ".idea": true,
	".gradle": true, ".mvn": true, "node_modules": true, "__pycache__": true,
}

// projectNames are the build, package and repository files of projects
// by name (lower case): what make, CMake, Docker, Gradle, Maven, npm,
// pip, Go, Cargo and Bundler read, and git's and editors' settings.
var projectNames = map[string]bool{
	"makefile": true, "gnumakefile": true, "cmakelists.txt": true, "dockerfile": true, "jenkinsfile": true,
	"vagrantfile": true, "rakefile": true, "gemfile": true, "pipfile": true, "procfile": true,
	"gradlew": true, "gradlew.bat": true, "mvnw": true, "mvnw.cmd": true, "requirements.txt": true,
	"go.mod": true, "go.sum": true, ".gitignore": true, ".gitattributes": true, ".gitmodules": true,
	".editorconfig": true, ".npmrc": true, ".npmignore": true, ".dockerignore": true, ".eslintrc": true,
	".prettierrc": true, ".babelrc": true,
}

// projectExts are the types of a project's other files, by extension
// (lower case): source code that a compiler, an interpreter or a shell
// runs only where a developer chose to (not what Windows runs when
// opened), web pages and their styles, the manifests and settings build
// tools and deployed programs read (.json, .xml, .yml, .toml,
// .properties, lock files), and Visual Studio's projects and solutions.
var projectExts = map[string]bool{
	".c": true, ".h": true, ".cc": true, ".cpp": true, ".cxx": true, ".hpp": true, ".cs": true, ".fs": true,
	".java": true, ".class": true, ".kt": true, ".kts": true, ".scala": true, ".groovy": true, ".gradle": true,
	".py": true, ".ipynb": true, ".rb": true, ".php": true, ".go": true, ".rs": true, ".swift": true, ".m": true,
	".ts": true, ".tsx": true, ".jsx": true, ".mjs": true, ".cjs": true, ".vue": true, ".svelte": true,
	".pl": true, ".pm": true, ".lua": true, ".r": true, ".dart": true, ".sh": true, ".bash": true,
	".psm1": true, ".psd1": true, ".html": true, ".htm": true, ".css": true, ".scss": true, ".less": true,
	".map": true, ".json": true, ".xml": true, ".yml": true, ".yaml": true, ".toml": true,
	".properties": true, ".lock": true, ".sln": true, ".csproj": true, ".vbproj": true, ".fsproj": true,
	".vcxproj": true, ".props": true, ".targets": true,
}

// projectDepth is how many folders down a project's mark lies in the
// path name of a file or folder (a folder's ending in "/") in an archive
// ("/" or "\\" between folders, "." and empty folders aside, case aside):
// a folder of projectDirs, or the file itself when it is named as
// projectNames says or of a type projectExts lists; -1 for none.
func projectDepth(name string) int {
	name = strings.ToLower(strings.ReplaceAll(name, "\\", "/"))
	dir := strings.HasSuffix(name, "/")
	parts := pathParts(name)
	if len(parts) == 0 {
		return -1
	}
	last := len(parts) - 1
	for i, p := range parts[:last] {
		if projectDirs[p] {
			return i
		}
	}
	base := strings.TrimRight(parts[last], " .")
	if dir && projectDirs[base] || !dir && (projectNames[base] || projectExts[path.Ext(base)]) {
		return last
	}
	return -1
}

// pathParts splits a path in an archive into its folders and name ("/"
// or "\\" between them), leaving out empty ones and ".".
func pathParts(name string) []string {
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '/' || r == '\\' })
	return slices.DeleteFunc(parts, func(p string) bool { return p == "." })
}

// noteNames notes the names of an archive's files listed at once, at
// most maxZipEntries of them; complete when they are all its files. Each
// may have another name (aliases[i], "" for none: a zip's Unicode path
// field); aliases may be nil.
func (sc *scan) noteNames(names, aliases []string, complete bool) {
	a := archiveNames{partial: !complete || len(names) > maxZipEntries}
	for i, n := range names[:min(len(names), maxZipEntries)] {
		shown := ""
		if i < len(aliases) {
			shown = aliases[i]
		}
		a.noteShown(sc, n, shown, false)
	}
	a.done(sc)
}

// noteZipNames notes the names of a zip's files as its central directory
// lists them: each by its name field and by its Unicode path field
// (zipUnicodePath), at most maxZipEntries of them (a listing of more is
// not complete).
func (sc *scan) noteZipNames(files []*zip.File) {
	n := min(len(files), maxZipEntries)
	names, aliases := make([]string, n), make([]string, n)
	for i, f := range files[:n] {
		names[i], aliases[i] = f.Name, zipUnicodePath(f.Extra)
	}
	sc.noteNames(names, aliases, len(files) == n)
}

// zipLocalSig opens a zip local file header (APPNOTE 4.3.7).
const zipLocalSig = "PK\x03\x04"

// zipLocalNames lists the names of the local file headers of a zip whose
// central directory is lost (cut at MaxPartBytes, or broken), at most
// maxZipEntries of them, with each one's Unicode path (aliases, "" for
// none; zipUnicodePath): each header names its file, 30 bytes in, its
// extra fields follow the name, and its data follows them (skipped when
// its size is known, else searched past for the next header). Every byte
// is looked at at most twice. complete: the last local header is followed
// by the central directory (or its end record), so no file was left out;
// a zip cut before it, a header cut in the middle, or a bound that
// stopped the walk lists only some.
func zipLocalNames(b []byte, stop *stopper) (names, aliases []string, complete bool) {
	for pos := 0; len(names) < maxZipEntries && !stop.stopped(); {
		i := bytes.Index(b[pos:], []byte(zipLocalSig))
		if i < 0 {
			rest := b[pos:]
			return names, aliases, bytes.Contains(rest, []byte(zipCentralSig)) || bytes.Contains(rest, []byte(zipEndSig))
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
			aliases = append(aliases, zipUnicodePath(b[end:min(end+extra, len(b))]))
		}
		pos = end
		// Sizes known ahead of the data (no data descriptor) skip it;
		// a size past the end only means the archive is cut there.
		if flags&0x8 == 0 && size >= 0 && size <= len(b)-end-extra {
			pos = end + extra + size
		}
	}
	return names, aliases, false
}

// zipUnicodePathID tags Info-ZIP's Unicode Path extra field (APPNOTE
// 4.6.9): a version (1), the CRC-32 of the header's name field, and the
// name in UTF-8.
const zipUnicodePathID = 0x7075

// zipUnicodePath is the name a zip entry's Unicode Path extra field gives
// it, among the extra fields extra, or "". 7-Zip, WinRAR and Info-ZIP's
// unzip show and unpack the file by it, while the name field, which
// archive/zip and other readers show, may say something else: a clean
// "invoice_fdp.exe" there, "invoice\u202efdp.exe" here; both are noted
// (archiveNames.noteShown), and a project's file only by this one. The field's CRC of the name field is not checked
// (7-Zip ignores a field whose CRC is stale): in a real archive a stale
// field names the same file, and a name noted that no unpacker shows
// costs nothing.
func zipUnicodePath(extra []byte) string {
	for len(extra) >= 4 {
		id, size := binary.LittleEndian.Uint16(extra), int(binary.LittleEndian.Uint16(extra[2:]))
		extra = extra[4:]
		if size > len(extra) {
			return ""
		}
		if id == zipUnicodePathID && size > 5 && extra[0] == 1 {
			return string(bytes.ToValidUTF8(extra[5:size], []byte("\uFFFD")))
		}
		extra = extra[size:]
	}
	return ""
}

// zipCentralSig opens a central directory header, zipEndSig the end of
// central directory record (APPNOTE 4.3.12, 4.3.16).
const zipCentralSig, zipEndSig = "PK\x01\x02", "PK\x05\x06"

// listNames notes the names of the files of a RAR or 7z archive (kind),
// whose files are never read: WinRAR and 7-Zip open them, and lures
// pack their program in one where a filter opens only zips.
// A 7z archive lists all its files in one header, read whole or not at
// all (complete when it names as many files as it counts); a RAR
// archive's listing is complete when its walk reached the end of the
// last volume (rarNames) and the attachment was not cut (cut).
func (sc *scan) listNames(kind string, doc []byte, cut bool, c *collector) {
	var names []string
	var dirs []bool
	complete := true
	switch kind {
	case attRar:
		names, dirs, complete = rarNames(doc, c.stop)
	case att7z:
		names, dirs, complete = sevenZipNames(doc, sc, c.stop)
	}
	a := archiveNames{partial: cut || !complete}
	for i, n := range names {
		a.note(sc, n, dirs[i])
	}
	a.done(sc)
}
