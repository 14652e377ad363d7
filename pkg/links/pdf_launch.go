package links

import (
	"bytes"
	"strings"
)

// PDF actions that open a file rather than a web page (ISO 32000-1,
// 12.6.4): Launch runs or opens a file (/F, or /Win << /F (cmd.exe)
// /P (/c ...) >> on Windows), GoToR opens another document, GoToE one
// embedded in another document, ImportData reads form data from a file:
//
//	<< /S /Launch /Win << /F (cmd.exe) /P (/c powershell ...) >> >>
//	<< /S /GoToR /F << /FS /URL /F (https://...) >> /D [0 /Fit] >>
//	<< /S /GoToR /F (\\\\203.0.113.5\\docs\\invoice.pdf) >>
//
// A target that is a URL or a share path (\\host\share, whose host
// receives the reader's Windows credentials) is a link as a URI action's
// is. A Launch of a program on the reader's own computer (launchProgram:
// cmd.exe, powershell, a script, or any file with /P parameters) runs
// code when the reader clicks or opens the document: fileActions reports
// its name. A file specification given by reference to a string
// (/F 12 0 R) is read as /URI's is; one given by reference to a
// dictionary is not followed.

// fileActionNames are the actions whose /F names the file they open.
var fileActionNames = []string{"/Launch", "/GoToR", "/GoToE", "/ImportData"}

// fileActions appends the targets of b's file actions that are URLs or
// share paths, and a Launch action's local program (pdfURI.program).
// Offsets as in uriActions; a file specification given by reference to
// a string (/F 12 0 R) is resolved through refs (nil: not at all). What
// one action's dictionary spans is read once: the reading stays linear.
func fileActions(b []byte, streamAt int, out []pdfURI, limit int, refs *pdfRefs) []pdfURI {
	for _, name := range fileActionNames {
		for pos, read := 0, 0; len(out) < limit; {
			i := bytes.Index(b[pos:], []byte(name))
			if i < 0 {
				break
			}
			at := pos + i
			pos = at + len(name)
			if pos < len(b) && !pdfDelimiter(b[pos]) {
				continue // a longer name
			}
			from, to := actionDict(b, read, at)
			read = max(read, to)
			pos = max(pos, to)
			if u, ok := fileTarget(b[from:to], name == "/Launch", refs); ok {
				u.off = at
				if streamAt >= 0 {
					u.off = streamAt
				}
				out = append(out, u)
			}
		}
	}
	return out
}

// actionDict returns the span of the dictionary around the action name
// at at: from the "<<" that encloses it (dictionaries that close before
// it skipped; no further back than lo or the previous "endobj") to where
// that depth closes after at, or to the next "endobj". Strings are
// skipped going forward, so a ">>" inside one does not end it. No byte
// count bounds it: white space or a long /P string between the action
// name and its /F must not hide the /F.
func actionDict(b []byte, lo, at int) (from, to int) {
	from = dictOpen(b, lo, at)
	depth := 0
	for i := from; i < len(b); {
		switch {
		case b[i] == '(':
			_, next, _ := pdfString(b, i)
			i = max(i+1, next)
		case i+1 < len(b) && b[i] == '<' && b[i+1] == '<':
			depth++
			i += 2
		case i+1 < len(b) && b[i] == '>' && b[i+1] == '>':
			depth--
			i += 2
			if depth <= 0 && i > at {
				return from, i
			}
		case i > at && bytes.HasPrefix(b[i:], []byte("endobj")):
			return from, i
		default:
			i++
		}
	}
	return from, len(b)
}

// dictOpen finds, going back from at to lo, the "<<" of the dictionary
// that holds at (a ">>" before it closes one that does not), stopping at
// an "endobj"; lo or the end of that "endobj" when none.
func dictOpen(b []byte, lo, at int) int {
	depth := 0
	for i := at - 1; i > lo; i-- {
		switch {
		case b[i] == '<' && b[i-1] == '<':
			if depth == 0 {
				return i - 1
			}
			depth--
			i--
		case b[i] == '>' && b[i-1] == '>':
			depth++
			i--
		case b[i] == 'j' && i-5 >= lo && bytes.Equal(b[i-5:i+1], []byte("endobj")):
			return i + 1
		}
	}
	return lo
}

// fileTarget reads the /F and /UF strings of an action's dictionary d (a
// reader prefers /UF, so a harmless /F beside it hides nothing) and
// returns the first target: a URL (a scheme of two letters or more: not
// a drive's "C:") or a share path is a link; for a Launch (launch), a
// local program (launchProgram) is reported by its file name, with /P
// parameters any file.
func fileTarget(d []byte, launch bool, refs *pdfRefs) (u pdfURI, found bool) {
	params := launch && hasPDFKey(d, "/P")
	for _, key := range []string{"/UF", "/F"} {
		nameStrings(d, key, -1, refs, func(s string, _ int) bool {
			u, found = fileString(strings.TrimSpace(s), launch, params)
			return !found
		})
		if found {
			return u, true
		}
	}
	return pdfURI{}, false
}

// fileString judges one file specification string s as fileTarget says.
func fileString(s string, launch, params bool) (pdfURI, bool) {
	if sc, _, ok := splitScheme(s); ok && len(sc) > 1 {
		return pdfURI{uri: s}, true
	}
	if u, ok := shareURL(s); ok && (strings.HasPrefix(s, `\\`) || strings.HasPrefix(s, "//")) {
		return pdfURI{uri: u}, true
	}
	if launch && (params || launchProgram(s)) && fileBase(s) != "" {
		return pdfURI{uri: fileBase(s), program: true}, true
	}
	return pdfURI{}, false
}

// launchers are programs that run what their arguments say: Windows'
// command interpreters and script hosts, and the tools lures call
// from them to fetch or start their code.
var launchers = map[string]bool{
	"cmd": true, "powershell": true, "pwsh": true, "mshta": true, "wscript": true, "cscript": true,
	"rundll32": true, "regsvr32": true, "msiexec": true, "certutil": true, "bitsadmin": true,
	"conhost": true, "forfiles": true, "sh": true, "bash": true, "osascript": true,
}

// launchProgram: the file a Launch action names runs code: a program or
// script by its extension (ProgramFile, ScriptFile) or a launcher, with
// its path or not, any case.
func launchProgram(s string) bool {
	name := fileBase(s)
	if ProgramFile(name) || ScriptFile(name) {
		return true
	}
	stem := strings.ToLower(name)
	if i := strings.LastIndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	return launchers[stem]
}

// fileBase is the last element of a Windows or Unix path.
func fileBase(s string) string {
	return s[strings.LastIndexAny(s, `\/:`)+1:]
}

// hasPDFKey: d holds the name key (not a longer name it begins) outside
// its strings: a path "(D:/P/manual.pdf)" gives no /P parameters.
func hasPDFKey(d []byte, key string) bool {
	for i := 0; i < len(d); {
		switch {
		case d[i] == '(':
			_, next, _ := pdfString(d, i)
			i = max(i+1, next)
		case bytes.HasPrefix(d[i:], []byte(key)) && (i+len(key) == len(d) || pdfDelimiter(d[i+len(key)])):
			return true
		default:
			i++
		}
	}
	return false
}
