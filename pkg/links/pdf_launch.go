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
// its name. A file specification given by reference (/F 12 0 R) is not
// followed.

// fileActionNames are the actions whose /F names the file they open.
var fileActionNames = []string{"/Launch", "/GoToR", "/GoToE", "/ImportData"}

// fileActionWindow bounds the bytes of one action dictionary read
// before and after its action name.
const fileActionWindow = 1024

// fileActions appends the targets of b's file actions that are URLs or
// share paths, and a Launch action's local program (pdfURI.program).
// Offsets as in uriActions. What one action's dictionary spans is read
// once: the reading stays linear.
func fileActions(b []byte, streamAt int, out []pdfURI, limit int) []pdfURI {
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
			from, to := actionDict(b, max(read, at-fileActionWindow), at)
			read = max(read, to)
			pos = max(pos, to)
			if u, ok := fileTarget(b[from:to], name == "/Launch"); ok {
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
// at at: from the last "<<" in b[lo:at] (or lo) to where its depth closes,
// at most fileActionWindow bytes after at. Strings are skipped, so a ">>"
// inside one does not end it.
func actionDict(b []byte, lo, at int) (from, to int) {
	from = lo
	if k := bytes.LastIndex(b[lo:at], []byte("<<")); k >= 0 {
		from = lo + k
	}
	lim := min(len(b), at+fileActionWindow)
	depth := 0
	for i := from; i < lim; {
		switch {
		case b[i] == '(':
			_, next, _ := pdfString(b, i)
			i = max(i+1, next)
		case i+1 < lim && b[i] == '<' && b[i+1] == '<':
			depth++
			i += 2
		case i+1 < lim && b[i] == '>' && b[i+1] == '>':
			depth--
			i += 2
			if depth <= 0 && i > at {
				return from, i
			}
		default:
			i++
		}
	}
	return from, lim
}

// fileTarget reads the first /F string of an action's dictionary d: a URL
// (a scheme of two letters or more: not a drive's "C:") or a share path is
// a link; for a Launch (launch), a local program (launchProgram) is
// reported by its file name, with /P parameters any file.
func fileTarget(d []byte, launch bool) (pdfURI, bool) {
	s, _, ok := fileSpecURL(d)
	if !ok {
		return pdfURI{}, false
	}
	s = strings.TrimSpace(s)
	if sc, _, ok := splitScheme(s); ok && len(sc) > 1 {
		return pdfURI{uri: s}, true
	}
	if u, ok := shareURL(s); ok && (strings.HasPrefix(s, `\\`) || strings.HasPrefix(s, "//")) {
		return pdfURI{uri: u}, true
	}
	if launch && (launchProgram(s) || hasPDFKey(d, "/P")) {
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

// hasPDFKey: d holds the name key (not a longer name it begins).
func hasPDFKey(d []byte, key string) bool {
	for pos := 0; ; {
		i := bytes.Index(d[pos:], []byte(key))
		if i < 0 {
			return false
		}
		pos += i + len(key)
		if pos < len(d) && pdfDelimiter(d[pos]) {
			return true
		}
	}
}
