package links

import "bytes"

// Paste-and-run lures ("ClickFix", fake CAPTCHA pages): "Verify you are
// human: press Windows + R, press Ctrl + V, press Enter", with the command
// (powershell, mshta, cmd /c ...) shown or already put on the clipboard.
// The reader runs the attacker's code with their own hands, so no link
// need be clicked at all. The instructions come in the message's text, in
// an attached HTML file or SVG drawing, or in a page packed in an archive,
// in English, Spanish, Portuguese, French, German or Italian, the keys
// written with "+" or without (paste_words.go).

// pasteLaunchers start a program that runs what follows, in the compacted
// text (lower case, no white space, no tags): "cmd /c" reads "cmd/c";
// PowerShell 7 is pwsh, msiexec installs a package from a URL, rundll32
// runs a library's export, and conhost starts a hidden console for the
// command after it.
var pasteLaunchers = []string{"powershell", "pwsh", "mshta", "msiexec", "rundll32", "conhost", "cmd/c", "cmd/k", "cmd.exe"}

// pasteKeyNames are the key names a text without "+" keys must hold to be
// read further (keysNamed), as instructions write them: capitalised or in
// capitals ("Windows key and R", "Win-R", "CTRL V", "Strg V"), or the
// Windows logo ("Win" also reads "Winter": this only chooses what
// launcherNamed reads). Upper-case letters are rare in text, so the vectorised
// search for each is cheap; key names written in lower case are read
// only beside "+" keys.
var pasteKeyNames = []string{"Win", "WIN", "⊞", "Ctrl", "CTRL", "Strg", "STRG"}

// pasteLauncherNames are the launchers as such a text must spell them
// (launcherNamed): lower case, capitalised, camel case or upper case.
// Mixed case ("PoWeRsHeLl") is read only beside "+" keys.
var pasteLauncherNames = []string{"powershell", "PowerShell", "Powershell", "POWERSHELL", "pwsh",
	"mshta", "Mshta", "MSHTA", "msiexec", "Msiexec", "MSIEXEC", "rundll32", "Rundll32", "RUNDLL32",
	"conhost", "cmd", "Cmd", "CMD"}

// pasteRunKeys open the Run dialog or the power-user menu (Terminal).
var pasteRunKeys = []string{"win+r", "windows+r", "windowskey+r", "winkey+r", "windowslogokey+r", "⊞+r",
	"win+x", "windows+x", "windowskey+x", "winkey+x"}

// pasteBait is what the fake check calls itself when it asks for Ctrl+V,
// in English, Spanish, Portuguese, French, German and Italian ("human"
// also reads "humano", "humain"; "robot" reads "Roboter").
var pasteBait = []string{"human", "robot", "captcha", "umano", "mensch", "robô"}

// pasteScanBytes bounds the text read closely.
const pasteScanBytes = 1 << 20

// pasteCommand: the text (plain, HTML or SVG) tells the reader to paste
// (Ctrl+V, "paste" or its Spanish, Portuguese, French, German or Italian
// word) into the Run dialog (Win+R, Win+X) or a fake human check
// ("human", "robot", "captcha"), and names a launcher (powershell, mshta,
// cmd /c), case, tags and white space aside. The lure's command waits on
// the clipboard or is shown to be copied; a vendor's how-to ("press
// Win+R, type cmd.exe") has the reader type. Only a text holding such
// keys (plusKey, a vectorised search for '+'), or naming keys and a
// launcher (keysNamed, launcherNamed), is read closely; the keys may then
// also be written without "+" (pasteWords: "Windows key and R", "Win-R",
// "Ctrl V").
func pasteCommand(doc []byte) bool {
	doc = doc[:min(len(doc), pasteScanBytes)]
	if !plusKey(doc) && !(keysNamed(doc) && launcherNamed(doc)) {
		return false
	}
	t := pasteCompact(doc)
	if !containsAny(t, pasteLaunchers) {
		return false
	}
	pastes := bytes.Contains(t, []byte("ctrl+v")) || bytes.Contains(t, []byte("strg+v")) || bytes.Contains(t, []byte("paste"))
	runs := containsAny(t, pasteRunKeys) || containsAny(t, pasteBait)
	if pastes && runs {
		return true
	}
	w := pasteWords(doc)
	return (pastes || w.ctrlV || w.paste) && (runs || w.runKey)
}

// keysNamed: doc names a key as pasteKeyNames spell it.
func keysNamed(doc []byte) bool { return containsAny(doc, pasteKeyNames) }

// launcherNamed: doc names a launcher as pasteLauncherNames spell it.
func launcherNamed(doc []byte) bool { return containsAny(doc, pasteLauncherNames) }

// plusKey: a '+' in doc is followed by R, X or V, white space, no-break
// spaces and tags aside ("Win + R", "<kbd>Ctrl</kbd>+<kbd>V</kbd>").
func plusKey(doc []byte) bool {
	for off := 0; off < len(doc); {
		k := bytes.IndexByte(doc[off:], '+')
		if k < 0 {
			return false
		}
		off += k + 1
		if keyAfter(doc[off:min(len(doc), off+plusWindow)]) {
			return true
		}
	}
	return false
}

// plusWindow bounds what keyAfter reads after a '+'.
const plusWindow = 64

// keyAfter: the first character of s, white space, no-break spaces and
// tags aside, is the letter R, X or V.
func keyAfter(s []byte) bool {
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b == ' ' || b == '\t' || b == '\n' || b == '\r':
		case b == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0:
			i++
		case b == '&' && len(s)-i >= 6 && bytes.EqualFold(s[i:i+6], []byte("&nbsp;")):
			i += 5
		case b == '<':
			k := bytes.IndexByte(s[i:], '>')
			if k < 0 {
				return false
			}
			i += k
		default:
			b |= 0x20
			return b == 'r' || b == 'x' || b == 'v'
		}
	}
	return false
}

func containsAny(t []byte, words []string) bool {
	for _, w := range words {
		if bytes.Contains(t, []byte(w)) {
			return true
		}
	}
	return false
}

// pasteCompact lowers ASCII letters and drops markup tags, white space,
// no-break spaces (raw or as &nbsp; or &#160;) so that "Press
// <kbd>Win</kbd> + <kbd>R</kbd>" reads "presswin+r".
func pasteCompact(doc []byte) []byte {
	out := make([]byte, 0, len(doc)/2)
	closes := true // a '>' may follow: once none does, '<' is text (linear time)
	for i := 0; i < len(doc); i++ {
		b := doc[i]
		switch {
		case b == '<' && closes:
			if k := bytes.IndexByte(doc[i:], '>'); k > 0 {
				i += k
				continue
			}
			closes = false
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v':
			continue
		case b == 0xc2 && i+1 < len(doc) && doc[i+1] == 0xa0:
			i++
			continue
		case b == '&':
			if n := nbspEntity(doc[i:]); n > 0 {
				i += n - 1
				continue
			}
		case 'A' <= b && b <= 'Z':
			b += 'a' - 'A'
		}
		out = append(out, b)
	}
	return out
}

// nbspEntity returns the length of the no-break space entity (&nbsp;,
// &#160;) at the start of s, or 0.
func nbspEntity(s []byte) int {
	for _, e := range [...]string{"&nbsp;", "&#160;"} {
		if len(s) >= len(e) && bytes.EqualFold(s[:len(e)], []byte(e)) {
			return len(e)
		}
	}
	return 0
}
