package links

import (
	"encoding/base64"
	"slices"
	"testing"
)

func TestProgramFileName(t *testing.T) {
	for name, want := range map[string]bool{
		"Resume.pdf.lnk": true, "INVOICE.EXE": true, "setup.msi": true, "scan.hta": true, "run.vbs": true,
		"Console.msc": true, "Help.CHM": true, "Pricing.xll": true, "update.msp": true,
		"Statement.iso": true, "disk.VHDX": true, "a/b/Report.scr": true, "Report.exe.": true, "Report.exe ": true,
		"Resume.pdf": false, "app.js": false, "gradlew.bat": false, "build.ps1": false, "Open.url": false,
		"notes": false, "exe": false, ".lnk": true, "photo.jpeg": false, "archive.zip": false, "x.exe.txt": false,
		"Invoices.library-ms": true, "Docs.searchConnector-ms": true, "Setup.application": true, "Viewer.appref-ms": true,
		"fix.REG": true, "Display.settingcontent-ms": true, "Update.diagcab": true, "a.scf": true, "q.iqy": true,
		"Installer.dmg": true, "app.apk": true, "x.sct": true,
		"Portal.website": false, "Link.webloc": false, "driver.inf": false, "Minutes.one": false, "Notes.onepkg": false,
		"export.slk": false, "drivers.cab": false, "x.library-msx": false, "a.settingcontent-ms-and-more": false,
	} {
		if got := ProgramFile(name); got != want {
			t.Errorf("ProgramFile(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestProgramNames: the names of attached programs, shortcuts and disk
// images, and of such files in attached zip and tar archives, are noted
// (Extracted.ProgramNames); documents, a developer's zipped scripts and
// a body part without a file name are not.
func TestProgramNames(t *testing.T) {
	attached := func(header string, data []byte) []byte {
		return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nMy resume is attached.\r\n" +
			"--b\r\n" + header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(data) + "\r\n--b--\r\n")
	}
	for _, tc := range []struct {
		name string
		msg  []byte
		want []string
	}{
		{"a shortcut in a zip", zipMail("Content-Type: application/zip; name=\"Resume.zip\"", ooxml(map[string]string{"Resume.pdf.lnk": "L\x00\x00\x00"})), []string{"Resume.pdf.lnk"}},
		{"a disk image attached by Content-Disposition", attached("Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"Invoice_2207.iso\"", []byte("CD001")), []string{"Invoice_2207.iso"}},
		{"an executable named by Content-Type", attached("Content-Type: application/octet-stream; name=\"setup.exe\"", []byte("MZ")), []string{"setup.exe"}},
		{"a file name parameter in mixed case", attached("Content-Type: application/octet-stream\r\nContent-Disposition: attachment; fileName=\"Invoice_2207.iso\"", []byte("CD001")), []string{"Invoice_2207.iso"}},
		{"an RFC 2231 file name", attached("Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename*=UTF-8''Lebenslauf.pdf.lnk", []byte("L")), []string{"Lebenslauf.pdf.lnk"}},
		{"an HTML application in a tar", zipMail("Content-Type: application/x-tar; name=\"scan.tar\"", tarOf(map[string]string{"scan/view.hta": "<script>x</script>"})), []string{"scan/view.hta"}},
		{"a library pointing at a share", attached("Content-Type: application/octet-stream; name=\"Invoices.library-ms\"", []byte(libraryMS)), []string{"Invoices.library-ms"}},
		{"an Internet shortcut is judged by its address", attached("Content-Type: application/octet-stream; name=\"Invoice.url\"", []byte("[InternetShortcut]\r\nURL=https://a.example/\r\n")), nil},
		{"a CV as PDF and Word", attached("Content-Type: application/pdf; name=\"CV.pdf\"", []byte("%PDF-1.4\n")), nil},
		{"a zipped project's scripts", zipMail("Content-Type: application/zip; name=\"assignment.zip\"", ooxml(map[string]string{"README.md": "x", "src/app.js": "x", "gradlew.bat": "@echo off", "build.ps1": "x"})), nil},
		{"a body part without a file name", []byte("Content-Type: text/plain\r\n\r\nRun setup.exe from the share.\r\n"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := ExtractAll(tc.msg, Options{})
			if err != nil || !slices.Equal(x.ProgramNames, tc.want) {
				t.Errorf("ProgramNames = %q (%v), want %q", x.ProgramNames, err, tc.want)
			}
		})
	}
}

// FuzzProgramNames: any attached file name gives at most maxProgramNames
// names, each a program's or a script's (with ".gz" or not), and never an
// internal error.
func FuzzProgramNames(f *testing.F) {
	f.Add("Resume.pdf.lnk", []byte("L"))
	f.Add("=?utf-8?q?Invoice=2Eexe?=", []byte("MZ"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		msg := zipMail("Content-Type: application/octet-stream; name=\""+name+"\"", ooxml(map[string]string{name: string(data)}))
		x, _ := ExtractAll(msg, fuzzOpts)
		if len(x.ProgramNames) > maxProgramNames {
			t.Fatalf("%d program names", len(x.ProgramNames))
		}
		for _, n := range x.ProgramNames {
			if n := gunzippedName(n); !ProgramFile(n) && !ScriptFile(n) {
				t.Fatalf("%q noted, not a program's name", n)
			}
		}
	})
}
