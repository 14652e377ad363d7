package links

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"slices"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
)

// unicodePathField is an Info-ZIP Unicode Path extra field (0x7075) of
// version v giving name, with the CRC-32 of field (the header's name).
func unicodePathField(v byte, field, name string) []byte {
	b := binary.LittleEndian.AppendUint16(nil, zipUnicodePathID)
	b = binary.LittleEndian.AppendUint16(b, uint16(5+len(name)))
	b = append(b, v)
	b = binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE([]byte(field)))
	return append(b, name...)
}

// zipUnicodeNamed is a zip of files whose name fields are the keys of
// names, each with a Unicode Path extra field naming it as its value
// says (in both its local and central headers), sorted by name field.
func zipUnicodeNamed(names map[string]string) []byte {
	fields := make([]string, 0, len(names))
	for n := range names {
		fields = append(fields, n)
	}
	slices.Sort(fields)
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, n := range fields {
		f, _ := w.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Store, Extra: unicodePathField(1, n, names[n])})
		f.Write([]byte("data"))
	}
	w.Close()
	return b.Bytes()
}

// TestZipUnicodePath: the name a zip entry's Unicode Path extra field
// gives it is read among other extra fields, whatever its CRC; another
// version, a field cut short, or no field give none.
func TestZipUnicodePath(t *testing.T) {
	ut := []byte{0x55, 0x54, 5, 0, 1, 0, 0, 0, 0} // an extended time field first
	for _, tc := range []struct {
		name  string
		extra []byte
		want  string
	}{
		{"alone", unicodePathField(1, "a.txt", rloName), rloName},
		{"after a time field", append(slices.Clone(ut), unicodePathField(1, "a.txt", "Scan.pdf.lnk")...), "Scan.pdf.lnk"},
		{"a stale CRC", unicodePathField(1, "other name", rloName), rloName},
		{"another version", unicodePathField(2, "a.txt", rloName), ""},
		{"cut short", unicodePathField(1, "a.txt", rloName)[:12], ""},
		{"invalid UTF-8", unicodePathField(1, "a", "a\xff.exe"), "a\uFFFD.exe"},
		{"none", ut, ""},
		{"empty", nil, ""},
	} {
		if got := zipUnicodePath(tc.extra); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestZipUnicodePathNames: a zip whose name fields are clean and whose
// Unicode Path fields (what 7-Zip, WinRAR and unzip show) hold a direction
// override or a program's name is noted by the latter, whole or cut
// before its central directory; a lone script so named counts, and the
// same name in both fields is noted once. A project's mark beside a
// script makes it a project's only by the names unpackers show.
func TestZipUnicodePathNames(t *testing.T) {
	att := func(data []byte) []byte {
		return zipMail("Content-Type: application/zip; name=\"Invoice.zip\"", data)
	}
	cut := zipUnicodeNamed(map[string]string{"invoice_fdp.txt": rloName, "zz.txt": "zz.txt"})
	cut = cut[:bytes.Index(cut, []byte(zipCentralSig))]
	for _, tc := range []struct {
		name       string
		msg        []byte
		prog, bidi []string
	}{
		{"an override", att(zipUnicodeNamed(map[string]string{"invoice_fdp.txt": rloName})), []string{rloName}, []string{rloName}},
		{"a program", att(zipUnicodeNamed(map[string]string{"Invoice.pdf": "Invoice.pdf.lnk"})), []string{"Invoice.pdf.lnk"}, nil},
		{"a lone script", att(zipUnicodeNamed(map[string]string{"Invoice.txt": "Invoice.js"})), []string{"Invoice.js"}, nil},
		{"cut before its central directory", att(cut), []string{rloName}, []string{rloName}},
		{"the same name twice", att(zipUnicodeNamed(map[string]string{"Setup.exe": "Setup.exe"})), []string{"Setup.exe"}, nil},
		{"clean names", att(zipUnicodeNamed(map[string]string{"a.pdf": "a.pdf", "b.txt": "b – copy.txt"})), nil, nil},
		{"a project's file named so only in the name field", att(zipUnicodeNamed(map[string]string{"Invoice.js": "Invoice.js", "scan1.jpg": "scan1.jpg",
			"scan2.jpg": "scan2.jpg", "Invoice.pdf": "Invoice.pdf", "package.json": "scan3.jpg"})), []string{"Invoice.js"}, nil},
		{"a project's file named so in the Unicode path", att(zipUnicodeNamed(map[string]string{"build.cmd": "build.cmd", "a.txt": "a.txt",
			"b.txt": "b.txt", "c.txt": "c.txt", "d.jpg": "package.json"})), nil, nil},
		{"a script beside a project's file only in the name field", att(zipUnicodeNamed(map[string]string{"a/Invoice.js": "Invoice.js", "a/x.sh": "a/x.sh",
			"b.jpg": "b.jpg", "c.jpg": "c.jpg"})), []string{"a/Invoice.js", "Invoice.js"}, nil},
		{"a script shown beside a project's file", att(zipUnicodeNamed(map[string]string{"Invoice.txt": "a/run.bat", "a/x.sh": "a/x.sh",
			"b.jpg": "b.jpg", "c.jpg": "c.jpg"})), nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, _ := ExtractAll(tc.msg, Options{})
			if !slices.Equal(x.ProgramNames, tc.prog) || !slices.Equal(x.BidiNames, tc.bidi) {
				t.Errorf("ProgramNames %q, BidiNames %q; want %q, %q", x.ProgramNames, x.BidiNames, tc.prog, tc.bidi)
			}
		})
	}
}

// TestScriptBesideDecoys: a script in an archive of more than
// maxScriptEntries files still stands alone when none of the others is a
// project's (decoys: pictures, documents, text, empty files, copies,
// libraries, folders), in every archive reader; a project's file (a
// build or package file, source code, a web page, settings, a
// repository's folder) makes it a project's build script, as do folders
// named "\\" in RAR 4. A listing of more files than are looked at does
// not count its scripts.
func TestScriptBesideDecoys(t *testing.T) {
	att := func(name string, data []byte) []byte {
		return zipMail("Content-Type: application/octet-stream; name=\""+name+"\"", data)
	}
	zipOf := func(names ...string) []byte {
		files := map[string]string{}
		for _, n := range names {
			if !strings.HasSuffix(n, "/") {
				files[n] = ""
			}
		}
		return ooxml(files)
	}
	decoys := []string{"Invoice.js", "scan1.jpg", "scan2.png", "Invoice.pdf", "readme.txt", "empty.txt", "data.dll"}
	tomcat := []string{"apache-tomcat-9/RUNNING.txt", "apache-tomcat-9/LICENSE", "apache-tomcat-9/bin/catalina.bat",
		"apache-tomcat-9/bin/catalina.sh", "apache-tomcat-9/bin/startup.bat", "apache-tomcat-9/bin/bootstrap.jar",
		"apache-tomcat-9/conf/server.xml", "apache-tomcat-9/webapps/ROOT/index.jsp"}
	many := []string{"Invoice.js"}
	for i := range maxZipEntries {
		many = append(many, fmt.Sprintf("pad%03d.txt", i))
	}
	for _, tc := range []struct {
		name string
		msg  []byte
		want []string
	}{
		{"decoys zipped", att("Invoice.zip", zipOf(decoys...)), []string{"Invoice.js"}},
		{"decoys tarred", att("Invoice.tar", tarOf(map[string]string{"Invoice.bat": "x", "a.jpg": "", "b.jpg": "", "c.docx": "", "d.txt": ""})), []string{"Invoice.bat"}},
		{"decoys in RAR 4", att("Invoice.rar", rar4Of(false, "Invoice\\Invoice.cmd", "Invoice\\a.jpg", "Invoice\\b.jpg", "Invoice\\c.pdf")), []string{"Invoice\\Invoice.cmd"}},
		{"decoys and folders in RAR 5", att("Invoice.rar", rar5Of(false, "docs/", "docs/a.pdf", "docs/b.pdf", "docs/c.xlsx", "Invoice.ps1")), []string{"Invoice.ps1"}},
		{"decoys in 7z", att("Invoice.7z", sevenZipOf(t, "lzma", "pics/", "pics/a.jpg", "pics/b.jpg", "pics/c.jpg", "Invoice.jar")), []string{"Invoice.jar"}},
		{"copies of the script", att("Invoice.zip", zipOf("Invoice.js", "Invoice (1).js", "Invoice (2).js", "Invoice (3).js")), []string{"Invoice (1).js", "Invoice (2).js", "Invoice (3).js", "Invoice.js"}},
		{"a project's file among three", att("Invoice.zip", zipOf("Invoice.js", "package.json")), []string{"Invoice.js"}},
		{"a package manifest", att("app.zip", zipOf("package.json", "index.js", "lib/a.js", "lib/b.js", "README.md")), nil},
		{"a repository's folder", att("app.zip", zipOf(".git/", ".git/HEAD", "run.bat", "a.txt", "b.txt")), nil},
		{"source code", att("tool.zip", zipOf("build.cmd", "main.c", "src/util.c", "docs/a.pdf")), nil},
		{"source code one folder down", att("tool.zip", zipOf("build.cmd", "src/main.c", "src/util.h", "docs/a.pdf")), []string{"build.cmd"}},
		{"source code in its root folder", att("tool.zip", zipOf("tool/build.cmd", "tool/main.c", "tool/util.h", "tool/docs/a.pdf")), nil},
		{"a repository's folder hidden one folder down", att("Invoice.zip", zipOf("Invoice.js", "scan1.jpg", "scan2.jpg", "Invoice.pdf", "a/.git/HEAD")), []string{"Invoice.js"}},
		{"a build file hidden two folders down", att("Invoice.zip", zipOf("a/Invoice.js", "a/scan1.jpg", "a/scan2.jpg", "a/b/Makefile")), []string{"a/Invoice.js"}},
		{"a project's files in another folder", att("Invoice.zip", zipOf("Invoice/Invoice.js", "Invoice/a.jpg", "Invoice/b.jpg", "x/package.json")), []string{"Invoice/Invoice.js"}},
		{"a zipped GitHub repository", att("repo-main.zip", zipOf("repo-main/", "repo-main/.gitignore", "repo-main/package.json", "repo-main/scripts/release.cmd", "repo-main/src/index.ts", "repo-main/README.md")), nil},
		{"a GitHub repository's settings in its root folder", att("repo-main.zip", zipOf("repo-main/.github/workflows/ci.yml", "repo-main/build.bat", "repo-main/docs/a.txt", "repo-main/b.txt")), nil},
		{"a Maven project", att("app.zip", zipOf("app/pom.xml", "app/mvnw", "app/mvnw.cmd", "app/src/main/java/App.java", "app/src/test/java/AppTest.java")), nil},
		{"an npm project", att("app.zip", zipOf("package.json", "package-lock.json", "index.js", "scripts/build.js", "lib/a.js")), nil},
		{"a project tarred from ./", att("app.tar", tarOf(map[string]string{"./app/Makefile": "", "./app/setup.bat": "x", "./app/a.txt": "", "./app/b.txt": ""})), nil},
		{"a web page's files", att("site.zip", zipOf("index.html", "css/site.css", "js/app.js", "img/logo.png")), nil},
		{"a Java program's bundle", att("tool.zip", zipOf("run.bat", "run.sh", "lib/tool.jar", "lib/log.jar")), nil},
		{"its settings", att("tool.zip", zipOf("start.cmd", "tool.jar", "app.properties", "lib/a.dll")), nil},
		{"its settings one folder down", att("tool.zip", zipOf("start.cmd", "tool.jar", "conf/app.properties", "lib/a.dll")), []string{"start.cmd", "tool.jar"}},
		{"its settings in its root folder", att("tool.zip", zipOf("tool/start.cmd", "tool/tool.jar", "tool/app.properties", "tool/lib/a.dll")), nil},
		{"a PowerShell module", att("mod.zip", zipOf("Mod/Mod.psd1", "Mod/Mod.psm1", "Mod/Public/Get-X.ps1", "Mod/Public/Set-X.ps1")), nil},
		{"a project in RAR 4, \\ between folders", att("app.rar", rar4Of(false, "app\\build.cmd", "app\\node_modules\\x\\y.txt", "app\\a.txt", "app\\b.txt")), nil},
		{"a project in 7z", att("app.7z", sevenZipOf(t, "lzma2", "app/", "app/Makefile", "app/build.bat", "app/a.txt", "app/b.txt")), nil},
		{"a repository's empty folder in RAR 5", att("app.rar", rar5Of(false, ".git/", "build.bat", "a.txt", "b.txt", "c.txt")), nil},
		{"a program's distribution zipped from its root", att("apache-tomcat-9.zip", zipOf(tomcat...)), nil},
		{"its libraries, whose folder holds no mark", att("apache-tomcat-9.zip", zipOf(append(slices.Clone(tomcat), "apache-tomcat-9/lib/catalina.jar")...)), []string{"apache-tomcat-9/lib/catalina.jar"}},
		{"its start scripts tarred, \\ between folders", att("tomcat.tar", tarOf(map[string]string{"tomcat\\bin\\startup.bat": "x", "tomcat\\BIN\\catalina.sh": "", "tomcat\\RUNNING.txt": "", "tomcat\\LICENSE": ""})), nil},
		{"a mark in the script's folder, three files", att("Invoice.zip", zipOf("a/Invoice.js", "a/x.json", "b.txt")), []string{"a/Invoice.js"}},
		{"a mark in a folder beside the script's", att("Invoice.zip", zipOf("a/Invoice.js", "a/scan1.jpg", "b/x.sh", "c.txt")), []string{"a/Invoice.js"}},
		{"a mark in a folder under the script's", att("Invoice.zip", zipOf("a/Invoice.js", "a/scan1.jpg", "a/b/x.sh", "a/c.txt")), []string{"a/Invoice.js"}},
		{"a mark at the top, the script one folder down", att("Invoice.zip", zipOf("x/Invoice.js", "y/scan1.jpg", "a.sh", "c.txt")), nil},
		{"more files than are looked at", att("Invoice.zip", zipOf(many...)), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, _ := ExtractAll(tc.msg, Options{})
			got := slices.Sorted(slices.Values(x.ProgramNames))
			if !slices.Equal(got, tc.want) {
				t.Errorf("ProgramNames = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestProjectDepth: which paths in an archive are a project's, and how
// many folders down its mark (a project's folder, or the file) lies.
func TestProjectDepth(t *testing.T) {
	for name, want := range map[string]int{
		"package.json": 0, "a/b/Makefile": 2, "GRADLEW.BAT": 0, "src\\main.c": 1, "./app/pom.xml": 1, "/go.mod": 0,
		".git/": 0, "x/node_modules/": 1, "x/node_modules/y.txt": 1, "app/.github/ci.txt": 1, "a/.git/HEAD": 1,
		".git/x/package.json": 0, "a/b/.svn/c/d.txt": 2, "index.HTML": 0, "settings.yml": 0, "Makefile. ": 0,
		"Invoice.js": -1, "run.bat": -1, "scan.jpg": -1, "Invoice.pdf": -1, "readme.txt": -1,
		"docs/": -1, "git/": -1, "data.dll": -1, "": -1, "/": -1, "a.json/": -1, "./": -1,
	} {
		if got := projectDepth(name); got != want {
			t.Errorf("projectDepth(%q) = %d, want %d", name, got, want)
		}
	}
}

// FuzzProjectDepth: a project's mark in a folder lies one folder further
// down, and never deeper than the path's folders.
func FuzzProjectDepth(f *testing.F) {
	f.Add("a/.git/HEAD")
	f.Add("./x\\node_modules/y.txt")
	f.Fuzz(func(t *testing.T, name string) {
		d := projectDepth(name)
		if d < -1 || d > strings.Count(strings.ReplaceAll(name, "\\", "/"), "/") {
			t.Fatalf("projectDepth(%q) = %d", name, d)
		}
		if in := projectDepth("dir/" + name); d >= 0 && in != d+1 || d < 0 && in != -1 {
			t.Fatalf("projectDepth(%q) = %d, in a folder %d", name, d, in)
		}
	})
}

// FuzzScriptBesideMark: in an archive of four files, a script whose own
// folder holds a project's file is a project's, and one whose project's
// file lies in a folder under its own still stands alone, whatever the
// folder's name.
func FuzzScriptBesideMark(f *testing.F) {
	f.Add("apache-tomcat-9/bin", "catalina")
	f.Add("a\\B/./c", "Invoice")
	f.Fuzz(func(t *testing.T, dir, name string) {
		script := dir + "/" + name + ".bat"
		if strings.ContainsAny(name, "/\\") || projectDepth(script) >= 0 {
			t.Skip()
		}
		att := func(mark string) []string {
			msg := zipMail("Content-Type: application/zip; name=\"a.zip\"", ooxml(map[string]string{script: "", mark: "", "a.jpg": "", "b.jpg": ""}))
			x, _ := ExtractAll(msg, fuzzOpts)
			return x.ProgramNames
		}
		if got := att(dir + "/run.sh"); len(got) != 0 {
			t.Fatalf("%q beside run.sh noted: %q", script, got)
		}
		if got := att(dir + "/sub/run.sh"); len(got) != 1 {
			t.Fatalf("%q above sub/run.sh noted as %q", script, got)
		}
	})
}

// rarVolumeOf marks a RAR archive built by rar4Of (v5 false) or rar5Of
// (not encrypted) as a volume of a set in its main header: the first
// (RAR 4's first-volume flag; RAR 5 writes no volume number in it) or a
// later one (RAR 5: volume number 1), and, unless last, its end block as
// one another volume follows; CRCs made good.
func rarVolumeOf(b []byte, v5, first, last bool) []byte {
	b = slices.Clone(b)
	if !v5 {
		main, end := b[7:7+13], b[len(b)-7:]
		flags := uint16(rar4Volume)
		if first {
			flags |= rar4FirstVolume
		}
		binary.LittleEndian.PutUint16(main[3:], flags)
		if !last {
			binary.LittleEndian.PutUint16(end[3:], binary.LittleEndian.Uint16(end[3:])|rar4NextVolume)
		}
		for _, h := range [][]byte{main, end} {
			binary.LittleEndian.PutUint16(h, uint16(crc32.ChecksumIEEE(h[2:])))
		}
		return b
	}
	main := b[8 : 8+8] // CRC (4), size, type, flags, archive flags
	main[7] |= rar5Volume
	if !first {
		main[7] |= rar5VolumeNumber
		main[4]++ // the volume number, 1, follows the archive flags
		main = append(slices.Clone(main), 1)
		b = slices.Concat(b[:8], main, b[16:])
	}
	end := b[len(b)-8:] // CRC (4), size, type, flags, end flags
	if !last {
		end[7] |= rar5NotLast
	}
	for _, h := range [][]byte{main, end} {
		binary.LittleEndian.PutUint32(h, crc32.ChecksumIEEE(h[4:]))
	}
	if !first {
		copy(b[8:], main)
	}
	return b
}

// TestSevenZipPrefixAndRarVolumes: a 7z archive after a prefix (a stub,
// junk, a false signature whose start header's CRC does not hold) is
// listed, within maxArchivePrefix; a RAR volume named the old way (.r00)
// is read as RAR, and a volume of a set lists its names but not as a
// whole listing (its scripts do not stand alone).
func TestSevenZipPrefixAndRarVolumes(t *testing.T) {
	att := func(name string, data []byte) []byte {
		return zipMail("Content-Type: application/octet-stream; name=\""+name+"\"", data)
	}
	sz := sevenZipOf(t, "lzma", "Invoice.pdf.scr")
	stub := append([]byte("MZ\x90\x00 stub "+sevenZipSig+" not a header at all, not a header"), sz...)
	far := append(make([]byte, maxArchivePrefix), sz...)
	for _, tc := range []struct {
		name string
		msg  []byte
		want []string
	}{
		{"7z after a stub", att("Invoice.7z", stub), []string{"Invoice.pdf.scr"}},
		{"7z after a stub, in a zip", att("Invoice.zip", ooxml(map[string]string{"a.7z": string(stub)})), []string{"Invoice.pdf.scr"}},
		{"7z past the prefix looked at", att("Invoice.7z", far), nil},
		{"a lone script in 7z after junk", att("Invoice.7z", append([]byte("junk"), sevenZipOf(t, "plain", "Invoice.js")...)), []string{"Invoice.js"}},
		{"a RAR volume named .r00", att("Invoice.r00", rar5Of(false, "Invoice.pdf.exe")), []string{"Invoice.pdf.exe"}},
		{"a RAR volume named .R17", att("Invoice.R17", rar4Of(false, "Invoice.pdf.exe")), []string{"Invoice.pdf.exe"}},
		{"not a volume: .r0", att("Invoice.r0", rar5Of(false, "Invoice.pdf.exe")), nil},
		{"a first RAR 5 volume", att("Invoice.part1.rar", rarVolumeOf(rar5Of(false, "Setup.exe"), true, true, false)), []string{"Setup.exe"}},
		{"a first RAR 4 volume", att("Invoice.rar", rarVolumeOf(rar4Of(false, "Setup.exe"), false, true, false)), []string{"Setup.exe"}},
		{"a first RAR 5 volume's script", att("tool.part1.rar", rarVolumeOf(rar5Of(false, "build.cmd"), true, true, false)), nil},
		{"a first RAR 4 volume's script", att("tool.rar", rarVolumeOf(rar4Of(false, "build.cmd"), false, true, false)), nil},
		{"the last RAR 5 volume's script", att("tool.part2.rar", rarVolumeOf(rar5Of(false, "build.cmd"), true, false, true)), nil},
		{"the last RAR 4 volume's script", att("tool.r00", rarVolumeOf(rar4Of(false, "build.cmd"), false, false, true)), nil},
		{"a middle RAR 5 volume's script", att("tool.part2.rar", rarVolumeOf(rar5Of(false, "build.cmd"), true, false, false)), nil},
		{"a RAR 4 volume of RAR before 3.0 (no first-volume flag)", att("tool.rar", rarVolumeOf(rar4Of(false, "build.cmd"), false, false, true)), nil},
		{"a set of one RAR 5 volume (first and last): its script", att("Invoice.part1.rar", rarVolumeOf(rar5Of(false, "Invoice.js"), true, true, true)), []string{"Invoice.js"}},
		{"a set of one RAR 4 volume (first and last): its script", att("Invoice.rar", rarVolumeOf(rar4Of(false, "Invoice.js"), false, true, true)), []string{"Invoice.js"}},
		{"no volume: its script", att("tool.rar", rar5Of(false, "build.cmd")), []string{"build.cmd"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, _ := ExtractAll(tc.msg, Options{})
			if !slices.Equal(x.ProgramNames, tc.want) {
				t.Errorf("ProgramNames = %q, want %q", x.ProgramNames, tc.want)
			}
		})
	}
}

// TestSevenZipPrefixLinear: a prefix of false 7z signatures (each one's
// start header's CRC checked) costs time in proportion to its length,
// and the archive after 240 KB of them is still found.
func TestSevenZipPrefixLinear(t *testing.T) {
	fakes := func(n int) []byte {
		return append(bytes.Repeat([]byte(sevenZipSig), n), sevenZipOf(t, "plain", "Setup.exe")...)
	}
	if names, _, _ := sevenZipNames(fakes(40000), &scan{}, nil); !slices.Equal(names, []string{"Setup.exe"}) {
		t.Errorf("after 40000 false signatures: %q", names)
	}
	small, big := fakes(10000), fakes(40000)
	lineartest.Check(t, "false 7z signatures",
		func() { sevenZipNames(small, &scan{}, nil) },
		func() { sevenZipNames(big, &scan{}, nil) })
}
